using System.Globalization;
using System.Text.Json.Nodes;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning.MultiScale;

namespace MoeLab.Reports.Plan;

/// <summary>The runs pipeline's raw results for <c>--json</c>: per-scale fits, power laws with intervals, plans across the intervals.</summary>
internal static class RunsPipelineJson
{
    public static JsonObject Of(RunsAnalysis analysis, RunsPlans plans) => new()
    {
        ["source"] = analysis.Runs.Source,
        ["has_phase"] = analysis.Runs.HasPhase,
        ["target_compute_flops"] = analysis.TargetComputeFlops,
        ["bootstrap"] = new JsonObject
        {
            ["resamples"] = analysis.Bootstrap.Resamples,
            ["seed"] = analysis.Bootstrap.Seed,
            ["level"] = analysis.Bootstrap.Level,
            ["failed_resamples"] = analysis.Bootstrap.Failed,
            ["best_run_resamples"] = analysis.Bootstrap.BestRun,
        },
        ["scales"] = new JsonArray([.. analysis.Scales.Select(Scale)]),
        ["power_laws"] = new JsonArray([.. analysis.Laws.Select(Law)]),
        ["interval_plans"] = new JsonArray([.. plans.All.Select(Plan)]),
    };

    private static JsonNode Scale(ScaleFit s) => new JsonObject
    {
        ["compute_flops"] = s.ComputeFlops,
        ["runs"] = s.Scale.Runs.Count,
        ["rows"] = s.Scale.Rows,
        ["min_loss"] = s.MinimumLoss,
        ["fits"] = new JsonArray([.. CurveVariable.All.Select(k => Fit(s.Fit(k), s.Slice(k)))]),
    };

    private static JsonNode Fit(ScaleCurveFit f, CurveSlice slice)
    {
        var json = new JsonObject
        {
            ["variable"] = f.Kind.Column(),
            ["form"] = f.Kind.Form(),
            ["slice"] = slice.Description,
            ["a"] = f.Curve.A,
            ["b"] = f.Curve.B,
            ["c"] = f.Curve.C,
            ["optimum"] = f.Optimum?.X,
            ["loss_at_optimum"] = f.Optimum?.Loss,
            ["rms_residual"] = f.RmsResidual,
            ["exit"] = f.Exit.ToString(),
            ["optimum_source"] = f.Exit == CurveFitExit.BestRun ? "best_run" : "fit",
            ["optimum_at_edge"] = f.OptimumAtEdge,
            ["reference_group"] = slice.ReferenceGroup,
            ["group_offsets"] = new JsonObject([.. f.Offsets.OrderBy(o => o.Key).Select(o => KeyValuePair.Create(o.Key.ToString(CultureInfo.InvariantCulture), (JsonNode?)o.Value))]),
            ["points"] = new JsonArray([.. f.Points.Select(p => (JsonNode)new JsonObject { ["row"] = p.Row, ["x"] = p.X, ["loss"] = p.Loss, ["group"] = p.Group })]),
        };
        if (f.Kind == PerScaleCurveKind.SparsityRatio) json["wall"] = f.Curve.Wall;
        return json;
    }

    private static JsonNode Law(OptimumLaw l) => new JsonObject
    {
        ["quantity"] = l.Quantity.Key(),
        ["coefficient"] = l.Law.Coefficient,
        ["exponent"] = l.Law.Exponent,
        ["rms_log_residual"] = l.RmsLogResidual,
        ["optima"] = new JsonArray([.. l.Optima.Select(o => (JsonNode)new JsonObject { ["compute_flops"] = o.ComputeFlops, ["value"] = o.Value })]),
        ["coefficient_interval"] = Interval(l.Coefficient),
        ["exponent_interval"] = Interval(l.Exponent),
        ["at_target"] = Interval(l.AtTarget),
    };

    private static JsonObject Interval(ConfidenceInterval i) =>
        new() { ["estimate"] = i.Estimate, ["median"] = i.Median, ["lower"] = i.Lower, ["upper"] = i.Upper };

    private static JsonNode Plan(OptimumPlan p) => new JsonObject
    {
        ["name"] = p.Target.Name,
        ["target"] = new JsonObject
        {
            ["m_over_na"] = p.Target.FlopsPerActiveParam,
            ["n_over_na"] = p.Target.TotalPerActive,
            ["d"] = p.Target.HiddenSize,
            ["loss"] = p.Target.Loss,
        },
        ["chosen"] = p.Plan is { } plan ? PlanJson.Architecture(plan.Chosen) : null,
        ["failure"] = p.Failure,
    };
}
