using MoeLab.Core.Seed001;

namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>The settings seed 001's planner uses at one budget, each with where it comes from.</summary>
/// <param name="Backbone">The paper's backbone with the attention of this scale.</param>
/// <param name="BackboneSource">Table 4 row, or the growth rule beyond it.</param>
/// <param name="LearningRate">Recommended peak learning rate.</param>
/// <param name="BatchSize">Recommended batch size (sequences).</param>
/// <param name="HyperparameterSource">The power laws the LR and batch come from.</param>
/// <param name="TotalPerActive">N/N_a.</param>
/// <param name="TotalPerActiveSource">Where N/N_a comes from.</param>
public sealed record ScaleDefaults(
    double ComputeFlops,
    Seed001Backbone Backbone,
    string BackboneSource,
    double LearningRate,
    int BatchSize,
    string HyperparameterSource,
    double TotalPerActive,
    string TotalPerActiveSource);
