namespace MoeLab.Scaling.Laws;

/// <summary>
/// A training-run configuration a law is evaluated at. <see cref="ParamsN"/> is the parameter count the law
/// was fitted on (non-embedding or with embeddings — the data decides; MoE laws read it as active params),
/// <see cref="TokensD"/> the training tokens. <see cref="Experts"/> (E, total routed experts; 1 = dense) and
/// <see cref="Granularity"/> (G) matter only to MoE forms and default to the dense model.
/// </summary>
public readonly record struct LawInput(double ParamsN, double TokensD, double Experts = 1, double Granularity = 1);

/// <summary>
/// A scaling law: predicted final training loss (nats/token) as a function of model size and data. Every form
/// MoeLab ships implements this; forms with a closed-form compute optimum also implement
/// <see cref="IComputeOptimalLaw"/>. Implementations are immutable and thread-safe.
/// </summary>
public interface IScalingLaw
{
    /// <summary>Stable form name used in law files and on the command line (e.g. <c>chinchilla</c>).</summary>
    string FormName { get; }

    /// <summary>Parameter names and values, in the form's documented order.</summary>
    IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>Predicted loss in nats/token.</summary>
    double Loss(LawInput input);
}

/// <summary>
/// A law whose loss-minimising split of a compute budget is known. Each law counts training compute as its own
/// paper does (<see cref="ComputeConvention"/>): C = D · <see cref="TrainingFlopsPerToken"/>(N, E, G), which is
/// 6·N·D for the Chinchilla forms but not for Krajewski et al. 2024 (routing and a width-dependent term).
/// </summary>
public interface IComputeOptimalLaw : IScalingLaw
{
    /// <summary>The law's FLOPs count with its source, e.g. <c>C = 6·N·D (Hoffmann et al. 2022 §3.3)</c>.</summary>
    string ComputeConvention { get; }

    /// <summary>
    /// Training FLOPs per token at the law's own N (whatever it counts: with or without embeddings, active or total),
    /// E and G; every law here is linear in D, so C = D · this.
    /// </summary>
    double TrainingFlopsPerToken(double paramsN, double experts = 1, double granularity = 1);

    /// <summary>The loss-minimising (N, D) at budget C under <see cref="ComputeConvention"/>, at expert count E and granularity G.</summary>
    ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1);
}

/// <summary>The loss-minimising (N, D) for a compute budget, and the loss the law predicts there.</summary>
/// <param name="ComputeFlops">The budget C, in FLOPs, counted as the law counts it.</param>
/// <param name="ParamsN">N_opt in the law's own convention (Hoffmann: all parameters; Ludziejewski: active with
/// embeddings; Krajewski: total non-embedding).</param>
/// <param name="TokensD">D_opt, training tokens.</param>
/// <param name="Loss">Predicted loss at (N_opt, D_opt), nats/token.</param>
public sealed record ComputeAllocation(double ComputeFlops, double ParamsN, double TokensD, double Loss)
{
    public double TokensPerParam => TokensD / ParamsN;
}

/// <summary>Kaplan / Hoffmann's C ≈ 6·N·D: the FLOPs convention of the Chinchilla-form laws and of the data readers.</summary>
public static class TrainingCompute
{
    /// <summary>Training FLOPs per parameter per token (forward + backward), Kaplan / Hoffmann's C ≈ 6·N·D.</summary>
    public const double FlopsPerParamToken = 6.0;

    public static double Flops(double paramsN, double tokensD) => FlopsPerParamToken * paramsN * tokensD;
}
