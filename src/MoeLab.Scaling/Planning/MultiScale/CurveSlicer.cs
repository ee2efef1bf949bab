using System.Globalization;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>The runs of one scale that one curve is fitted to, and in words which they are.</summary>
public sealed record CurveSlice(PerScaleCurveKind Kind, IReadOnlyList<ScaledRun> Runs, string Description);

/// <summary>
/// Decides which runs of a scale each curve is fitted to. A curve in one variable needs runs where the other
/// variables stand still, or their effects leak into the fit:
/// <list type="bullet">
/// <item>With a <c>phase</c> column (seed 001's procedure): loss vs M/N_a on phase-1 runs sharing one N/N_a,
/// loss vs N/N_a on phase-1 runs sharing one M/N_a (Phase 1 holds d at the median of each point's feasible
/// interval, which moves with the point, so d is not required to agree), loss vs d on every phase-2 run (the
/// d sweep at the Phase-1 choice). Rows with a blank phase count for both phases.</item>
/// <item>Without one: each variable on the runs where the other two share values.</item>
/// </list>
/// Of the groups of runs that share the held values, the one with the most distinct values of the fitted variable
/// is used (on a grid, every row qualifies); ties go to the group holding the lowest loss, the slice through the
/// best run. Values within <see cref="SameValueTolerance"/> (relative) count as equal.
/// </summary>
public static class CurveSlicer
{
    /// <summary>1%: grid values of a sensible ladder differ by far more; printed or realised values by less.</summary>
    public const double SameValueTolerance = 0.01;

    public static CurveSlice For(RunScale scale, PerScaleCurveKind kind, bool hasPhase)
    {
        var phase = kind == PerScaleCurveKind.Quadratic ? 2 : 1;
        var candidates = hasPhase ? scale.Runs.Where(r => r.Phase is null || r.Phase == phase).ToList() : [.. scale.Runs];
        var phaseNote = hasPhase ? $"phase-{phase} rows" : "rows";
        var held = Held(kind, hasPhase);
        if (held.Length == 0 || candidates.Count == 0) return new CurveSlice(kind, candidates, $"all {phaseNote} of the scale");

        var clusters = held.Select(h => CurveVariable.Cluster(candidates.Select(r => h.Of(r.Run)), SameValueTolerance)).ToArray();
        var own = CurveVariable.Cluster(candidates.Select(r => kind.Of(r.Run)), SameValueTolerance);
        var best = candidates
            .GroupBy(r => string.Join(",", held.Select((h, i) => clusters[i][h.Of(r.Run)])))
            .Select(g => g.ToList())
            .OrderByDescending(g => g.Select(r => own[kind.Of(r.Run)]).Distinct().Count())
            .ThenBy(g => g.Min(r => r.Run.Loss))
            .First();
        var where = string.Join(" and ", held.Select(h => $"{h.Column()} = {h.Of(best[0].Run).ToString("0.####", CultureInfo.InvariantCulture)}"));
        return new CurveSlice(kind, best, $"{phaseNote} where {where}");
    }

    /// <summary>The variables that must share a value across the runs of <paramref name="kind"/>'s fit.</summary>
    private static PerScaleCurveKind[] Held(PerScaleCurveKind kind, bool hasPhase) => (kind, hasPhase) switch
    {
        (PerScaleCurveKind.Quadratic, true) => [],
        (PerScaleCurveKind.FlopsRatio, true) => [PerScaleCurveKind.SparsityRatio],
        (PerScaleCurveKind.SparsityRatio, true) => [PerScaleCurveKind.FlopsRatio],
        _ => [.. CurveVariable.All.Where(k => k != kind)],
    };
}
