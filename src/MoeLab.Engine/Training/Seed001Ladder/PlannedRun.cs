using MoeLab.Core.Seed001;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>One budget of a design.</summary>
/// <param name="Index">1-based, in ascending budget.</param>
/// <param name="ComputeFlops">The nominal budget C (engine-counted FLOPs) every run of this scale is given.</param>
/// <param name="TargetFlopsPerToken">M at this budget (seed 001's convention).</param>
/// <param name="PeakLearningRate">The peak learning rate of every run of this scale.</param>
public sealed record LadderScale(int Index, double ComputeFlops, double TargetFlopsPerToken, double PeakLearningRate);

/// <summary>
/// One training run of a design. Phase 1 is the configuration's run at its proxy width (the median of the feasible
/// d interval, moved to the nearest width with a whole number of dense layers); Phase 2 are the other widths of its
/// d-sweep. The proxy run is trained once and belongs to both: a configuration's sweep is its Phase-1 run plus its
/// Phase-2 runs.
/// </summary>
/// <param name="Id">Unique within the design, e.g. <c>s2-L6-y3.5-Ld1</c>.</param>
/// <param name="ConfigId">The Phase-1 configuration (scale, x, y), e.g. <c>s2-L6-y3.5</c>.</param>
/// <param name="FlopsPerActiveParam">x = M/N_a of the configuration (target; whole L).</param>
/// <param name="TotalPerActiveParam">y = N/N_a of the configuration (target).</param>
/// <param name="Target">The configuration's triad.</param>
/// <param name="EngineFlopsPerToken">Training FLOPs per token the engine counts for this shape (embedding, LM head and router included).</param>
public sealed record PlannedRun(
    string Id,
    string ConfigId,
    int Phase,
    LadderScale Scale,
    double FlopsPerActiveParam,
    double TotalPerActiveParam,
    ConstraintTriad Target,
    LadderShape Shape,
    EngineConfig Config,
    TrainingOptions Options,
    double EngineFlopsPerToken)
{
    /// <summary>The FLOPs the engine will count over the run's steps: C up to the rounding of the step count.</summary>
    public double PlannedComputeFlops => EngineFlopsPerToken * Options.Steps * Options.TokensPerStep;
}

/// <summary>A design and every run it needs, in training order (scale by scale, Phase 1 before Phase 2).</summary>
public sealed record LadderPlan(LadderDesign Design, IReadOnlyList<LadderScale> Scales, IReadOnlyList<PlannedRun> Runs);
