using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>The run variable each of seed 001's per-scale curves is a function of, with its column and symbol.</summary>
public static class CurveVariable
{
    public static readonly PerScaleCurveKind[] All = [PerScaleCurveKind.FlopsRatio, PerScaleCurveKind.SparsityRatio, PerScaleCurveKind.Quadratic];

    public static double Of(this PerScaleCurveKind kind, PlanningRun run) => kind switch
    {
        PerScaleCurveKind.FlopsRatio => run.FlopsPerActiveParam,
        PerScaleCurveKind.SparsityRatio => run.TotalPerActive,
        _ => run.HiddenSize,
    };

    /// <summary>The runs-table column: <c>m_over_na</c>, <c>n_over_na</c> or <c>d</c>.</summary>
    public static string Column(this PerScaleCurveKind kind) => PlanningRunsFile.Columns[Array.IndexOf(All, kind)];

    public static string Symbol(this PerScaleCurveKind kind) => kind switch
    {
        PerScaleCurveKind.FlopsRatio => "M/N_a",
        PerScaleCurveKind.SparsityRatio => "N/N_a",
        _ => "d",
    };

    public static string Form(this PerScaleCurveKind kind) => kind switch
    {
        PerScaleCurveKind.FlopsRatio => "a/(x−6) + b·x + c",
        PerScaleCurveKind.SparsityRatio => "a/(y−1) + b/((N_e+1)/(K+1) − y) + c",
        _ => "a·d² + b·d + c",
    };

    /// <summary>
    /// Groups nearly equal values: sorted, a new group starts where a value exceeds the group's first by more than
    /// <paramref name="relativeTolerance"/>. Returns each value's group number.
    /// </summary>
    public static Dictionary<double, int> Cluster(IEnumerable<double> values, double relativeTolerance)
    {
        var groups = new Dictionary<double, int>();
        double first = double.NaN;
        var group = -1;
        foreach (var v in values.Distinct().Order())
        {
            if (group < 0 || (v - first) / first > relativeTolerance) (first, group) = (v, group + 1);
            groups[v] = group;
        }
        return groups;
    }
}
