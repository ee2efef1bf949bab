using System.Text.Json.Nodes;
using MoeLab.Scaling.Planning;

namespace MoeLab.Reports.Plan;

/// <summary>The raw, unformatted plan that <c>--json</c> emits.</summary>
public static class PlanJson
{
    public static JsonObject Plan(PlanResult plan, string backbone, string? specPath) => new()
    {
        ["compute_flops"] = plan.ComputeFlops,
        ["phase0"] = new JsonObject
        {
            ["source"] = plan.Split.Source,
            ["flops_per_token_opt"] = plan.Split.FlopsPerToken,
            ["tokens_opt"] = plan.Split.TokensD,
        },
        ["backbone"] = backbone,
        ["oracle"] = new JsonObject
        {
            ["name"] = plan.OracleName,
            ["description"] = plan.OracleDescription,
            ["sees_hidden_size"] = plan.OracleSeesHiddenSize,
            ["ranking_drives_choice"] = true,
        },
        ["options"] = new JsonObject
        {
            ["alignment"] = plan.Options.Alignment,
            ["epsilon"] = plan.Options.Epsilon,
            ["max_flops_deviation"] = plan.Options.MaxFlopsDeviation,
        },
        ["phase1_choice"] = new JsonObject
        {
            ["m_over_na"] = plan.Phase1Choice.FlopsPerActiveParam,
            ["n_over_na"] = plan.Phase1Choice.TotalPerActive,
            ["proxy_d"] = plan.Phase1Choice.Hidden.Median,
            ["d_low"] = plan.Phase1Choice.Hidden.Min,
            ["d_high"] = plan.Phase1Choice.Hidden.Max,
            ["proxy_loss"] = plan.Phase1Choice.ProxyLoss,
        },
        ["chosen"] = Architecture(plan.Chosen),
        ["seed001_sequential_choice"] = Architecture(plan.SequentialChoice),
        ["sequential_gap"] = plan.SequentialGap,
        ["band"] = Band(plan.Band),
        ["counts"] = new JsonObject
        {
            ["phase1_points"] = plan.Counts.Phase1Points,
            ["phase1_feasible"] = plan.Counts.Phase1Feasible,
            ["phase2_solves"] = plan.Counts.Realizations,
            ["not_realizable"] = plan.Counts.NotRealizable,
            ["off_target"] = plan.Counts.OffTarget,
            ["distinct_buildable"] = plan.Counts.DistinctBuildable,
            ["distinct_admitted"] = plan.Counts.DistinctAdmitted,
        },
        ["spec_file"] = specPath,
    };

    public static JsonObject Architecture(PlannedArchitecture a) => new()
    {
        ["layers"] = a.Shape.Layers,
        ["dense_layers"] = a.Shape.DenseLayers,
        ["moe_layers"] = a.Shape.MoeLayers,
        ["hidden_size"] = a.Shape.HiddenSize,
        ["expert_hidden_size"] = a.Shape.ExpertHiddenSize,
        ["flops_per_token"] = a.Shape.Triad.FlopsPerToken,
        ["active_params"] = a.Shape.Triad.ActiveParams,
        ["total_params"] = a.Shape.Triad.TotalParams,
        ["m_over_na"] = a.Shape.Triad.FlopsPerActiveParam,
        ["n_over_na"] = a.Shape.Triad.TotalPerActiveParam,
        ["flops_deviation"] = a.FlopsDeviation,
        ["tokens"] = a.TokensD,
        ["loss"] = a.Loss,
    };

    public static JsonObject Band(ArchitectureBand b) => new()
    {
        ["epsilon"] = b.Epsilon,
        ["min_loss"] = b.MinLoss,
        ["loss_ceiling"] = b.LossCeiling,
        ["architectures"] = b.ArchitectureCount,
        ["m_over_na"] = Range(b.FlopsPerActiveParam),
        ["n_over_na"] = Range(b.TotalPerActive),
        ["hidden_size"] = Range(b.HiddenSize),
        ["layers"] = Range(b.Layers),
    };

    private static JsonArray Range(ValueRange r) => new(r.Min, r.Max);
}
