using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Reports.Plan;

/// <summary>What the plan at one budget was set up with beyond the search itself, each value with its source.</summary>
/// <param name="Defaults">Seed 001's per-scale backbone, learning rate, batch size and N/N_a.</param>
/// <param name="BackboneSource">Where the attention came from (Table 4, the growth rule, or the user's options).</param>
/// <param name="FlopsRatioSource">Where M/N_a came from (searched by the oracle, the user, or the aspect rule).</param>
/// <param name="TotalPerActiveSource">Where N/N_a came from.</param>
/// <param name="Shapes">The width-ratio and aspect limits applied, or null when the oracle decides the width.</param>
public sealed record PlanSettings(ScaleDefaults Defaults, string BackboneSource, string FlopsRatioSource, string TotalPerActiveSource, ShapeLimits? Shapes);
