using MathNet.Numerics.Statistics;
using MoeLab.Scaling.RankStatistics;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>One configuration's Phase-1 (proxy) result next to the best of its d-sweep.</summary>
/// <param name="Widths">Finished runs of its sweep (the proxy run included).</param>
public sealed record SweptConfig(string Config, double FlopsPerActiveParam, double TotalPerActiveParam, int Layers,
    int ProxyWidth, double ProxyLoss, int BestWidth, double BestLoss, int Widths);

/// <summary>
/// Seed 001's rank-preserving claim at one scale: do configurations ranked by their proxy loss (d at the median)
/// rank the same by their best loss over d? Spearman's ρ and Kendall's τ-b compare the rankings, Pearson's r the
/// losses themselves; <see cref="TopChoiceAgrees"/> says whether both pick the same configuration.
/// </summary>
/// <param name="Configs">Configurations whose sweeps are complete, the only ones compared.</param>
public sealed record ScaleAgreement(int Scale, double ComputeFlops, IReadOnlyList<SweptConfig> Configs,
    double Spearman, double KendallTauB, double Pearson, bool? TopChoiceAgrees)
{
    public int Count => Configs.Count;
}

/// <summary>Seed 001's own figures for the claim, its Table 3 at 1e18 FLOPs (as transcribed in the brief and DESIGN.md).</summary>
public static class PaperRankAgreement
{
    public const double ComputeFlops = 1e18;
    public const double Spearman = 0.976;
    public const double KendallTauB = 0.911;
    public const double Pearson = 0.979;
}

public static class ProxyRankAgreement
{
    /// <summary>
    /// Per scale, over the configurations whose whole sweep has finished (an interrupted design compares what it
    /// has): ρ, τ-b and r between proxy loss and minimum loss over d. NaN where fewer than 3 configurations
    /// are complete (2 points always correlate perfectly) or a ranking is constant.
    /// </summary>
    public static IReadOnlyList<ScaleAgreement> Measure(LadderPlan plan, IReadOnlyList<LadderRow> finished)
    {
        var rows = finished.ToDictionary(r => r.Run);
        var result = new List<ScaleAgreement>();
        foreach (var scale in plan.Scales)
        {
            var configs = new List<SweptConfig>();
            foreach (var sweep in plan.Runs.Where(r => r.Scale.Index == scale.Index).GroupBy(r => r.ConfigId))
            {
                if (!sweep.All(r => rows.ContainsKey(r.Id))) continue;
                var proxy = sweep.Single(r => r.Phase == 1);
                var best = sweep.Select(r => rows[r.Id]).MinBy(r => r.Loss)!;
                configs.Add(new SweptConfig(sweep.Key, proxy.FlopsPerActiveParam, proxy.TotalPerActiveParam, proxy.Shape.Layers,
                    proxy.Shape.HiddenSize, rows[proxy.Id].Loss, best.D, best.Loss, sweep.Count()));
            }
            result.Add(Compare(scale, configs));
        }
        return result;
    }

    private static ScaleAgreement Compare(LadderScale scale, IReadOnlyList<SweptConfig> configs)
    {
        if (configs.Count < 3) return new ScaleAgreement(scale.Index, scale.ComputeFlops, configs, double.NaN, double.NaN, double.NaN, null);
        var proxy = configs.Select(c => c.ProxyLoss).ToArray();
        var best = configs.Select(c => c.BestLoss).ToArray();
        var top = configs.MinBy(c => c.ProxyLoss)!.Config == configs.MinBy(c => c.BestLoss)!.Config;
        return new ScaleAgreement(scale.Index, scale.ComputeFlops, configs,
            Correlation.Spearman(proxy, best), KendallTau.B(proxy, best), Correlation.Pearson(proxy, best), top);
    }
}
