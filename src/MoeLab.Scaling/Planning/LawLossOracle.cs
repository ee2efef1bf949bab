using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// A published (or fitted) loss law used as the planner's oracle, each law fed the variables as its paper defines them:
/// <list type="bullet">
/// <item>Krajewski et al. 2024 (arXiv 2402.07871, eq. 9 L = c + (g/G^γ + a)/N^α + b/D^β): N the TOTAL non-embedding
/// parameters (its §5), router excluded — seed 001's N; G = d_ff/d_expert (its §4) with d_ff the parameter-matched
/// dense FFN: its experts are two-matrix FFNs of a 4d-wide dense layer (8d² parameters), so for SwiGLU experts
/// (3·d·d_m each) G = 8d²/(3·d·d_m) = 8d/(3·d_m). The law was fitted at expansion rate E = 64 only (§5) and has no
/// E term; seed 001's backbone has E = (N_e+1)/(K+1) ≈ 32, so its loss here is an extrapolation in E.</item>
/// <item>Ludziejewski et al. 2025 (arXiv 2502.05172, eq. 6): N_act the active parameters INCLUDING embedding and
/// unembedding (its App. A.1, eq. 10: 2·d·V + 13·n_blocks·d²), E the FFN expansion — experts at granularity 1 with top-1 routing, i.e. total
/// over active expert parameters, (N_e + shared)/(K + shared) for this backbone, which N/N_a does not change.</item>
/// <item>Chinchilla-form laws (Hoffmann et al. 2022, Besiroglu et al. 2024): N parameters with embeddings, as fitted; a dense
/// law knows no idle experts, so an MoE is fed its active parameters (a choice: the papers fit dense models only).</item>
/// </list>
/// D is the training tokens C/M with seed 001's M; each law's own FLOPs convention (6·N·D for Chinchilla and Ludziejewski,
/// eq. 10 with routing for Krajewski) only matters for a law's compute split (<see cref="LawComputeSplit"/>), not for
/// ranking shapes at one budget. None has a term for the attention share
/// M/N_a − 6, so at a fixed M it prefers the largest N_a: the planner holds M/N_a when this oracle is used.
/// </summary>
public sealed record LawLossOracle(IScalingLaw Law, string Source) : ILossOracle
{
    public string Name => $"{Law.FormName} law ({Source})";

    public string Description => Law switch
    {
        FineGrainedMoeLaw => $"the {Law.FormName} law at N = total non-embedding params, D = C/M, G = 8d/(3·d_m); no term for the attention share; fitted at E = 64 only",
        JointMoeLaw => $"the {Law.FormName} law at N_act = N_a + embeddings, D = C/M, E = (N_e+1)/(K+1); no term for the attention share, N/N_a or d",
        _ => $"the {Law.FormName} law at N = N_a + embeddings, D = C/M; no term for the attention share, N/N_a or d",
    };

    public bool SeesHiddenSize => Law is FineGrainedMoeLaw;

    /// <summary>
    /// Whether the law can rank N/N_a. None of the shipped laws can: Ludziejewski's E is the backbone's expansion, and
    /// Krajewski's total N only falls in loss as N/N_a grows (no interior optimum; fitted at one E).
    /// </summary>
    public bool SeesExpansion => false;

    /// <summary>Embedding + LM-head parameters per unit of d, for laws that count them (set by the planner's backbone).</summary>
    public double EmbeddingParamsPerWidth { get; init; }

    public double PredictLoss(in OracleQuery query) => Law switch
    {
        FineGrainedMoeLaw => Law.Loss(new LawInput(query.Triad.TotalParams, query.TokensD,
            Granularity: query.ExpertHiddenSize > 0 ? 8 * query.HiddenSize / (3 * query.ExpertHiddenSize) : 1)),
        JointMoeLaw => Law.Loss(new LawInput(query.Triad.ActiveParams + EmbeddingParamsPerWidth * query.HiddenSize, query.TokensD, query.ExpansionLimit)),
        _ => Law.Loss(new LawInput(query.Triad.ActiveParams + EmbeddingParamsPerWidth * query.HiddenSize, query.TokensD)),
    };
}
