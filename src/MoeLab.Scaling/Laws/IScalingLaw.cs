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
/// A law whose loss-minimising split of a compute budget C = 6·N·D is known. MoE laws interpret N as active
/// parameters and take the expert count from <paramref name="experts"/>.
/// </summary>
public interface IComputeOptimalLaw : IScalingLaw
{
    ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1);
}

/// <summary>The loss-minimising (N, D) for a compute budget, and the loss the law predicts there.</summary>
/// <param name="ComputeFlops">The budget C, in FLOPs (C = 6·N·D).</param>
/// <param name="ParamsN">N_opt, parameters (active parameters for MoE laws).</param>
/// <param name="TokensD">D_opt, training tokens.</param>
/// <param name="Loss">Predicted loss at (N_opt, D_opt), nats/token.</param>
public sealed record ComputeAllocation(double ComputeFlops, double ParamsN, double TokensD, double Loss)
{
    public double TokensPerParam => TokensD / ParamsN;
}

/// <summary>The FLOPs convention every compute-optimal allocation here uses.</summary>
public static class TrainingCompute
{
    /// <summary>Training FLOPs per parameter per token (forward + backward), Kaplan / Hoffmann's C ≈ 6·N·D.</summary>
    public const double FlopsPerParamToken = 6.0;

    public static double Flops(double paramsN, double tokensD) => FlopsPerParamToken * paramsN * tokensD;
}
