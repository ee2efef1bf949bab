using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>
/// Seed 001's per-scale defaults at any budget, from its Table 4 (six budgets 1e18…3e20):
/// <list type="bullet">
/// <item>Attention (N_q, N_kv, d_qkv): the Table 4 row nearest in log C (below 1e18, the 1e18 row; the paper
/// changes heads in steps, so interpolating head counts would invent shapes it never used); above 3e20,
/// <see cref="AttentionGrowthRule"/>.</item>
/// <item>Learning rate and batch size: power laws in C fitted to the six Table 4 points by least squares in
/// log–log space, as the paper's App. F.2 fits its hyper-parameters; beyond the table they extrapolate.</item>
/// <item>N/N_a: the paper's choices 19, 20, 21, 21, 22, 22 interpolated linearly in log C, held at the edge
/// values outside 1e18…3e20 (the paper shows nothing beyond).</item>
/// </list>
/// </summary>
public static class Seed001ScaleRule
{
    public static PowerLaw LearningRate { get; } = PowerLaw.Fit([.. Table4Row.Paper.Select(r => (r.ComputeFlops, r.LearningRate))], "learning-rate");

    public static PowerLaw BatchSize { get; } = PowerLaw.Fit([.. Table4Row.Paper.Select(r => (r.ComputeFlops, (double)r.BatchSize))], "batch-size");

    public static ScaleDefaults For(double computeFlops, Seed001Backbone? template = null)
    {
        Preconditions.Positive(computeFlops, "compute");
        template ??= Seed001Backbone.Paper;
        var rows = Table4Row.Paper;
        var last = rows[^1];
        Seed001Backbone backbone;
        string source;
        if (computeFlops > last.ComputeFlops * Math.Sqrt(3)) // nearer in log C to the next half-decade than to 3e20
        {
            var (q, kv, hd) = AttentionGrowthRule.Beyond(last, computeFlops);
            backbone = template with { QueryHeads = q, KvHeads = kv, HeadDim = hd };
            source = $"grown from seed 001 Table 4's 3e20 row with d, as published MoE models size attention (N_q·d_qkv ∝ d ∝ C^{AttentionGrowthRule.WidthPerActiveExponent * AttentionGrowthRule.ActivePerComputeExponent:0.###})";
        }
        else
        {
            var row = rows.MinBy(r => Math.Abs(Math.Log(r.ComputeFlops / computeFlops)))!;
            backbone = template with { QueryHeads = row.QueryHeads, KvHeads = row.KvHeads, HeadDim = row.HeadDim };
            source = $"seed 001 Table 4, {row.ComputeFlops:0e+0} row (nearest in log C)";
        }
        var inTable = computeFlops >= rows[0].ComputeFlops * 0.999 && computeFlops <= last.ComputeFlops * 1.001;
        var hyper = $"power laws fitted to seed 001 Table 4: LR = {LearningRate}, batch = {BatchSize}" + (inTable ? "" : " (extrapolated)");
        return new ScaleDefaults(computeFlops, backbone, source,
            LearningRate.At(computeFlops), (int)Math.Round(BatchSize.At(computeFlops)), hyper,
            TotalPerActive(computeFlops), "seed 001's chosen N/N_a per scale (19…22), interpolated in log C" + (inTable ? "" : ", held at the nearest end"));
    }

    /// <summary>N/N_a linear in log C between the Table 4 budgets, clamped at the ends.</summary>
    public static double TotalPerActive(double computeFlops)
    {
        var rows = Table4Row.Paper;
        if (computeFlops <= rows[0].ComputeFlops) return rows[0].TotalPerActive;
        if (computeFlops >= rows[^1].ComputeFlops) return rows[^1].TotalPerActive;
        var i = 1;
        while (rows[i].ComputeFlops < computeFlops) i++;
        var (a, b) = (rows[i - 1], rows[i]);
        var t = Math.Log(computeFlops / a.ComputeFlops) / Math.Log(b.ComputeFlops / a.ComputeFlops);
        return a.TotalPerActive + t * (b.TotalPerActive - a.TotalPerActive);
    }
}
