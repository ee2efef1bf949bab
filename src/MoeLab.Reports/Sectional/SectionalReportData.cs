using System.Text.Json.Nodes;
using MoeLab.Sectional;

namespace MoeLab.Reports.Sectional;

/// <summary>The raw, unformatted result behind the sectional report (what --json emits under "data").</summary>
internal static class SectionalReportData
{
    public static JsonNode Build(SectionalAnalysis a)
    {
        var spec = a.Model.Spec;
        return new JsonObject
        {
            ["spec"] = new JsonObject
            {
                ["model_width"] = spec.ModelWidth,
                ["sequence_tokens"] = spec.SequenceTokens,
                ["reduced_length"] = spec.ReducedLength.ToString(),
                ["ffn_ratio"] = spec.FfnRatio,
                ["ffn_matrices"] = spec.FfnMatrices,
                ["pre_expert_layer"] = spec.HasPreExpertLayer,
                ["pre_expert_heads"] = spec.PreExpertHeads,
                ["expert_kind"] = spec.ExpertKind.ToString(),
                ["section_heads"] = spec.SectionHeads,
                ["mixing_projection"] = spec.HasMixingProjection,
                ["upsampling"] = spec.Upsampling.ToString(),
                ["bytes_per_element"] = spec.BytesPerElement,
            },
            ["hardware"] = a.Model.Hardware.Name,
            ["objective"] = a.Objective.ToString(),
            ["overhead"] = new JsonObject
            {
                ["total_work"] = Overhead(a.Model.TotalWorkOverhead),
                ["critical_path"] = Overhead(a.Model.CriticalPathOverhead),
            },
            ["paper_traditional_qkv_macs"] = PaperSectionalModel.TraditionalQkvMacs(spec.SequenceTokens, spec.ModelWidth),
            ["optima"] = new JsonObject
            {
                ["total_work"] = Optimum(a.TotalWork),
                ["critical_path"] = Optimum(a.CriticalPath),
            },
            ["compared_expert_count"] = a.ComparedExpertCount,
            ["terms_at_compared"] = new JsonArray(a.Model.Terms.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["formula"] = t.Formula,
                ["placement"] = t.Placement.ToString(),
                ["macs"] = t.Macs.Evaluate(a.ComparedExpertCount),
                ["critical_path_macs"] = t.CriticalPathMacs.Evaluate(a.ComparedExpertCount),
                ["params"] = t.Params.Evaluate(a.ComparedExpertCount),
                ["activation_elements"] = t.ActivationElements.Evaluate(a.ComparedExpertCount),
                ["macs_polynomial"] = Polynomial(t.Macs),
            }).ToArray()),
            ["dense"] = new JsonObject
            {
                ["params"] = a.Dense.TotalParams,
                ["macs"] = a.Dense.TotalMacs,
                ["attention_macs"] = a.Dense.AttentionMacs,
                ["ffn_macs"] = a.Dense.FfnMacs,
            },
            ["top_k_equal_params"] = TopK(a.TopKEqualParams),
            ["top_k_equal_macs"] = TopK(a.TopKEqualMacs),
            ["warnings"] = new JsonArray(a.Warnings.Select(w => (JsonNode)JsonValue.Create(w)!).ToArray()),
        };
    }

    private static JsonObject Overhead(OverheadModel o) => new()
    {
        ["gamma2_s"] = o.Gamma2Seconds,
        ["gamma1_s"] = o.Gamma1Seconds,
        ["gamma0_s"] = o.Gamma0Seconds,
        ["link_seconds_per_reduced_token"] = o.LinkSecondsPerReducedToken,
        ["origin"] = o.Origin,
    };

    private static JsonObject Polynomial(ExpertCountPolynomial p)
    {
        var o = new JsonObject();
        foreach (int k in p.Powers()) o[k.ToString(System.Globalization.CultureInfo.InvariantCulture)] = p.Coefficient(k);
        return o;
    }

    private static JsonNode? Continuous(ContinuousOptimum? c) => c is null ? null : new JsonObject
    {
        ["expert_count"] = c.ExpertCount,
        ["time_s"] = c.Seconds,
        ["at_bound"] = c.AtBound,
        ["method"] = c.Method,
        ["iterations"] = c.Iterations,
        ["exit_condition"] = c.ExitCondition,
    };

    private static JsonObject Optimum(ExpertCountOptimum o) => new()
    {
        ["seconds_polynomial"] = Polynomial(o.SecondsPolynomial),
        ["closed_form"] = Continuous(o.ClosedForm),
        ["closed_form_explanation"] = o.ClosedFormExplanation,
        ["numeric"] = Continuous(o.Numeric),
        ["integer_optimum"] = o.IntegerOptimum?.ExpertCount,
        ["integer_optimum_s"] = o.IntegerOptimum?.Seconds(o.Costing),
        ["diminishing_returns"] = o.DiminishingReturns?.ExpertCount,
        ["diminishing_returns_reached"] = o.DiminishingReturnsReached,
        ["diminishing_returns_fraction"] = o.DiminishingReturnsFraction,
        ["curve"] = new JsonArray(o.Ladder.Select(p => (JsonNode)new JsonObject
        {
            ["expert_count"] = p.Point.ExpertCount,
            ["section_width"] = p.Point.SectionWidth,
            ["reduced_tokens"] = p.Point.ReducedTokens,
            ["total_macs"] = p.Point.TotalMacs,
            ["critical_path_macs"] = p.Point.CriticalPathMacs,
            ["params"] = p.Point.Params,
            ["total_work_s"] = p.Point.TotalWorkSeconds,
            ["critical_path_s"] = p.Point.CriticalPathSeconds,
            ["total_work_overhead_s"] = p.Point.TotalWorkOverheadSeconds,
            ["critical_path_overhead_s"] = p.Point.CriticalPathOverheadSeconds,
            ["total_memory_bytes"] = p.Point.TotalMemoryBytes,
            ["device_memory_bytes"] = p.Point.DeviceMemoryBytes,
            ["fits_memory"] = p.FitsMemory,
        }).ToArray()),
    };

    private static JsonObject TopK(TopKMoeComparison t) => new()
    {
        ["basis"] = t.Basis,
        ["experts"] = t.ExpertCount,
        ["active"] = t.ActiveExperts,
        ["expert_hidden_width"] = t.ExpertHiddenWidth,
        ["possible"] = t.IsPossible,
        ["params"] = t.TotalParams,
        ["macs"] = t.TotalMacs,
        ["critical_path_macs"] = t.CriticalPathMacs,
    };
}
