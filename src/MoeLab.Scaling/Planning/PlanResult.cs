using MoeLab.Core.Seed001;
namespace MoeLab.Scaling.Planning;

/// <summary>How the planner searches: alignment of d and d_m, band tolerance ε, the 5% FLOPs rule, the rectangle, constraints.</summary>
/// <param name="Alignment">d and d_m are multiples of this (seed 001 and hardware kernels: 8).</param>
/// <param name="Epsilon">Near-optimal band: loss ≤ (1 + ε)·min.</param>
/// <param name="MaxFlopsDeviation">A realised architecture whose M is further than this (relative) from M_opt is rejected.</param>
/// <param name="Shapes">Width-ratio and aspect ranges a shape must fall in (null: any shape the triad allows).</param>
public sealed record PlanOptions(
    int Alignment = 8,
    double Epsilon = 0.001,
    double MaxFlopsDeviation = 0.05,
    CandidateSpace? Space = null,
    PlanConstraints? Constraints = null,
    Defaults.ShapeLimits? Shapes = null)
{
    public static readonly PlanOptions Default = new();

    public CandidateSpace SpaceOrDefault => Space ?? CandidateSpace.Default;

    public PlanConstraints ConstraintsOrNone => Constraints ?? PlanConstraints.None;
}

/// <summary>One point of the Phase-1 rectangle, scored at the proxy width (median of its feasible d interval).</summary>
/// <param name="ProxyLoss">The oracle's loss at the proxy width: what Phase 1 ranks by.</param>
/// <param name="Buildable">Distinct-or-not integer architectures from this point's d sweep that pass the 5% rule.</param>
/// <param name="Admitted">Of those, how many satisfy the user's constraints.</param>
/// <param name="BestLoss">The lowest loss among admitted architectures of this point's d sweep (null if none).</param>
public sealed record Phase1Point(
    double FlopsPerActiveParam,
    double TotalPerActive,
    ConstraintTriad Target,
    HiddenSizeInterval Hidden,
    double ProxyLoss,
    int Buildable,
    int Admitted,
    double? BestLoss);

/// <summary>One point of Phase 1's proxy-loss surface (<see cref="HolisticPlanner.ProxySurface"/>).</summary>
/// <param name="ProxyLoss">The oracle's loss at the proxy width (nats/token).</param>
public sealed record ProxyPoint(double FlopsPerActiveParam, double TotalPerActive, double ProxyLoss);

/// <summary>A buildable architecture with its predicted loss.</summary>
/// <param name="TokensD">Training tokens C / M_realised (the budget is held, so tokens absorb the rounding).</param>
/// <param name="FlopsDeviation">(M_realised − M_opt) / M_opt.</param>
public readonly record struct PlannedArchitecture(RealizedShape Shape, double Loss, double TokensD, double FlopsDeviation);

public enum Phase2Outcome
{
    /// <summary>Integer shape found, M within tolerance, all constraints hold.</summary>
    Buildable,
    /// <summary>Integer shape found but its realised M is too far from M_opt.</summary>
    OffTarget,
    /// <summary>Rounding left no valid shape at this d.</summary>
    NotRealizable,
    /// <summary>Buildable but a user constraint excludes it.</summary>
    Excluded,
}

/// <summary>One width of the Phase-2 sweep at the Phase-1 choice.</summary>
public sealed record Phase2Row(int HiddenSize, Phase2Outcome Outcome, RealizedShape? Shape, double? Loss, double? FlopsDeviation);

/// <summary>A closed range of values found among band members.</summary>
public readonly record struct ValueRange(double Min, double Max)
{
    public double Width => Max - Min;

    public ValueRange Including(double value) => new(Math.Min(Min, value), Math.Max(Max, value));

    public static ValueRange Of(double value) => new(value, value);
}

/// <summary>
/// Seed 001's near-optimal band: every admitted buildable architecture with loss ≤ min + ε·|min|, summarised as
/// ranges of the realised M/N_a, N/N_a, d and L, and as a count of distinct architectures.
/// </summary>
public sealed record ArchitectureBand(
    double Epsilon,
    double MinLoss,
    double LossCeiling,
    ValueRange FlopsPerActiveParam,
    ValueRange TotalPerActive,
    ValueRange HiddenSize,
    ValueRange Layers,
    int ArchitectureCount,
    IReadOnlyList<PlannedArchitecture> BestMembers);

/// <summary>How many candidates each stage looked at and dropped.</summary>
/// <param name="Phase1Points">Grid points of the rectangle.</param>
/// <param name="Phase1Feasible">Grid points with a non-empty feasible d interval.</param>
/// <param name="Realizations">(point, d) pairs solved in Phase 2.</param>
/// <param name="NotRealizable">Pairs whose rounding left no valid shape.</param>
/// <param name="OffTarget">Pairs rejected by the 5% rule on M.</param>
/// <param name="DistinctBuildable">Distinct architectures that pass the 5% rule.</param>
/// <param name="DistinctAdmitted">Of those, how many satisfy the constraints.</param>
public sealed record PlanCounts(int Phase1Points, int Phase1Feasible, int Realizations, int NotRealizable, int OffTarget, int DistinctBuildable, int DistinctAdmitted);

/// <summary>
/// The whole plan for one budget. <see cref="Chosen"/> is the best admitted buildable architecture over every
/// Phase-1 point and width (the oracle scores realised integer shapes, whose M/N_a moves with the integer L);
/// <see cref="SequentialChoice"/> is seed 001's own sequential answer (Phase 1 at the proxy width, then Phase 2
/// over d at that one point). When they differ, the paper's shortcut lost something for this oracle.
/// </summary>
public sealed record PlanResult(
    ComputeSplitResult Split,
    string OracleName,
    string OracleDescription,
    bool OracleSeesHiddenSize,
    PlanOptions Options,
    double ExpansionLimit,
    IReadOnlyList<Phase1Point> Phase1,
    Phase1Point Phase1Choice,
    IReadOnlyList<Phase2Row> Phase2AtChoice,
    PlannedArchitecture Chosen,
    PlannedArchitecture SequentialChoice,
    ArchitectureBand Band,
    PlanCounts Counts)
{
    public double ComputeFlops => Split.ComputeFlops;

    /// <summary>Relative loss gap of seed 001's sequential choice over the best architecture (0 when they agree).</summary>
    public double SequentialGap => (SequentialChoice.Loss - Chosen.Loss) / Math.Abs(Chosen.Loss);
}
