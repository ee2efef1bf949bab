using System.Globalization;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// The runs of one scale that one curve is fitted to: each in a group of runs that share the held variables, and
/// the reference group (the one holding the lowest loss), whose level the reported curve carries.
/// </summary>
/// <param name="Groups">The group of each run, parallel to <paramref name="Runs"/>.</param>
public sealed record CurveSlice(PerScaleCurveKind Kind, IReadOnlyList<ScaledRun> Runs, IReadOnlyList<int> Groups, int ReferenceGroup, string Description)
{
    public IReadOnlyList<CurvePoint> Points() => [.. Runs.Select((r, i) => new CurvePoint(r.Row, Kind.Of(r.Run), r.Run.Loss, Groups[i]))];
}

/// <summary>
/// Decides which runs of a scale each curve is fitted to. A curve in one variable needs runs where the other
/// variables stand still, or their effects leak into the fit:
/// <list type="bullet">
/// <item>With a <c>phase</c> column (seed 001's procedure): loss vs M/N_a on phase-1 runs grouped by N/N_a, loss vs
/// N/N_a on phase-1 runs grouped by M/N_a (Phase 1 holds d at the median of each point's feasible interval, which
/// moves with the point, so d is not required to agree), loss vs d on the d sweep at the Phase-1 choice
/// (<see cref="PhaseTwoSweep"/>). Rows with a blank phase count for both phases.</item>
/// <item>Without one: each variable on runs grouped by the other two.</item>
/// </list>
/// Groups with at least 2 distinct values of the fitted variable are kept (the rows of each N/N_a of a grid; the
/// one sweep of a one-at-a-time design) and share the curve's shape, each with its own offset
/// (<see cref="ScaleCurveFit"/>): a grid's every row informs the optimum, not only the slice through the best run.
/// Values within <see cref="SameValueTolerance"/> (relative) count as equal.
/// </summary>
public static class CurveSlicer
{
    /// <summary>1%: grid values of a sensible ladder differ by far more; printed or realised values by less.</summary>
    public const double SameValueTolerance = 0.01;

    public static CurveSlice For(RunScale scale, PerScaleCurveKind kind, bool hasPhase)
    {
        if (kind == PerScaleCurveKind.Quadratic && hasPhase) return PhaseTwoSweep(scale);
        var candidates = hasPhase ? scale.Runs.Where(r => r.Phase is null or 1).ToList() : [.. scale.Runs];
        var rows = hasPhase ? "phase-1 rows" : "rows";
        var held = Held(kind, hasPhase);

        var clusters = held.Select(h => CurveVariable.Cluster(candidates.Select(r => h.Of(r.Run)), SameValueTolerance)).ToArray();
        var kept = candidates
            .GroupBy(r => string.Join(",", held.Select((h, i) => clusters[i][h.Of(r.Run)])))
            .Where(g => g.Select(r => kind.Of(r.Run)).Distinct().Count() >= 2)
            .Select(g => g.ToList())
            .OrderBy(g => g.Min(r => r.Run.Loss))
            .ToList();
        if (kept.Count == 0) return new CurveSlice(kind, [], [], 0, $"no {rows} vary {kind.Column()} with {Names(held)} fixed");
        var runs = kept.SelectMany(g => g).ToList();
        var groups = kept.SelectMany((g, i) => g.Select(_ => i)).ToList();
        var at = string.Join(" and ", held.Select(h => $"{h.Column()} = {Show(h.Of(kept[0][0].Run))}"));
        var description = kept.Count == 1
            ? $"{rows} where {at}"
            : $"{rows} in {kept.Count} groups of equal {Names(held)}, one offset each; curve shown where {at}";
        return new CurveSlice(kind, runs, groups, 0, description);
    }

    /// <summary>
    /// Seed 001's Phase 2 sweeps d at the configuration (M/N_a, N/N_a) Phase 1 chose. A table may hold the sweeps of
    /// several configurations (a ladder that sweeps them all to measure the proxy's rank agreement); the curve is
    /// fitted to one of them, the one Phase 1 chose: the swept configuration whose phase-1 run has the lowest loss
    /// (the lowest-loss phase-2 run's when no swept configuration has a phase-1 run). Mixing sweeps would fit one
    /// parabola through widths whose optimum moves with the configuration. The configuration's phase-1 runs are
    /// widths of its sweep too (the proxy width), so they are fitted with it.
    /// </summary>
    private static CurveSlice PhaseTwoSweep(RunScale scale)
    {
        const PerScaleCurveKind kind = PerScaleCurveKind.Quadratic;
        var x = CurveVariable.Cluster(scale.Runs.Select(r => r.Run.FlopsPerActiveParam), SameValueTolerance);
        var y = CurveVariable.Cluster(scale.Runs.Select(r => r.Run.TotalPerActive), SameValueTolerance);
        (int, int) Config(ScaledRun r) => (x[r.Run.FlopsPerActiveParam], y[r.Run.TotalPerActive]);

        var swept = scale.Runs.Where(r => r.Phase is null or 2).ToList();
        if (swept.Count == 0) return new CurveSlice(kind, [], [], 0, "no phase-2 rows (no d sweep)");
        var configs = swept.Select(Config).ToHashSet();
        var proxies = scale.Runs.Where(r => r.Phase is null or 1 && configs.Contains(Config(r))).ToList();
        var chosen = (proxies.Count > 0 ? proxies : swept).MinBy(r => r.Run.Loss)!;
        var runs = scale.Runs.Where(r => Config(r) == Config(chosen)).ToList();
        var at = $"M/N_a = {Show(chosen.Run.FlopsPerActiveParam)} and N/N_a = {Show(chosen.Run.TotalPerActive)}";
        var description = configs.Count == 1
            ? $"the d sweep at {at} (its phase-2 and phase-1 rows)"
            : $"the d sweep at {at} (its phase-2 and phase-1 rows), Phase 1's choice of the {configs.Count} swept configurations: " +
              (proxies.Count > 0 ? $"its phase-1 run (row {chosen.Row}) has the lowest phase-1 loss" : $"it holds the lowest phase-2 loss (row {chosen.Row})");
        return new CurveSlice(kind, runs, [.. runs.Select(_ => 0)], 0, description);
    }

    private static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Names(PerScaleCurveKind[] held) => string.Join(" and ", held.Select(h => h.Column()));

    /// <summary>The variables that must share a value across the runs of <paramref name="kind"/>'s fit (the d sweep of a table with phases aside).</summary>
    private static PerScaleCurveKind[] Held(PerScaleCurveKind kind, bool hasPhase) => (kind, hasPhase) switch
    {
        (PerScaleCurveKind.FlopsRatio, true) => [PerScaleCurveKind.SparsityRatio],
        (PerScaleCurveKind.SparsityRatio, true) => [PerScaleCurveKind.FlopsRatio],
        _ => [.. CurveVariable.All.Where(k => k != kind)],
    };
}
