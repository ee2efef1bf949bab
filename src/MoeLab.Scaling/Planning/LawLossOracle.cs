using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// A published (or fitted) loss law used as the planner's oracle: the law sees the active parameters N_a, the
/// tokens D = C/M, the expansion N/N_a as its expert count E (Ludziejewski et al. 2025's total/active trade-off)
/// and the granularity G = 4d/d_m (Krajewski et al. 2024: experts as wide as a 4d dense FFN have G = 1).
/// No such law has a term for the attention share M/N_a − 6 or for the width d beyond G, so it cannot rank
/// those: at a fixed M it always prefers the largest N_a (fewest layers). The planner therefore holds M/N_a
/// (and N/N_a when the law ignores E) at values the user or the paper gives when this oracle is used.
/// </summary>
public sealed record LawLossOracle(IScalingLaw Law, string Source) : ILossOracle
{
    public string Name => $"{Law.FormName} law ({Source})";

    public string Description =>
        $"the {Law.FormName} loss law evaluated at N = N_a, D = C/M, E = N/N_a, G = 4d/d_m; it has no term for the attention share M/N_a or for d beyond G";

    public bool SeesHiddenSize => Law is FineGrainedMoeLaw;

    /// <summary>Whether the law's loss depends on the expert count E (so N/N_a can be ranked).</summary>
    public bool SeesExpansion => Law is JointMoeLaw;

    public double PredictLoss(in OracleQuery query)
    {
        var granularity = query.ExpertHiddenSize > 0 ? 4 * query.HiddenSize / query.ExpertHiddenSize : 1;
        return Law.Loss(new LawInput(query.Triad.ActiveParams, query.TokensD, query.Triad.TotalPerActiveParam, granularity));
    }
}
