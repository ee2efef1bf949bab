namespace MoeLab.Scaling.Data;

/// <summary>
/// One training run: parameters N (or active parameters for MoE), training tokens D, training compute C in
/// FLOPs, final loss in nats/token, and optionally the expert count E and granularity G.
/// <see cref="Row"/> is the 1-based data row in the source file, kept so problems can be reported by row.
/// </summary>
public sealed record RunPoint(double ParamsN, double TokensD, double ComputeFlops, double Loss, long Row, double Experts = 1, double Granularity = 1);

/// <summary>A set of runs and where they came from.</summary>
public sealed record RunTable(string Source, IReadOnlyList<RunPoint> Runs)
{
    /// <summary>Number of distinct compute budgets (relative tolerance 1%), for identifiability checks.</summary>
    public int DistinctBudgets()
    {
        var sorted = Runs.Select(r => r.ComputeFlops).Order().ToList();
        var count = 0;
        double last = double.NaN;
        foreach (var c in sorted)
        {
            if (double.IsNaN(last) || c > last * 1.01) { count++; last = c; }
        }
        return count;
    }

    public RunTable Where(Func<RunPoint, bool> keep, string? note = null) =>
        new(note is null ? Source : $"{Source} ({note})", Runs.Where(keep).ToList());
}
