namespace MoeLab.Scaling.Data;

/// <summary>
/// One training run: parameters N (or active parameters for MoE), training tokens D, training compute C in
/// FLOPs, final loss in nats/token, and optionally the expert count E and granularity G.
/// <see cref="Row"/> is the run's line in a CSV source (the header is line 1; for JSON, its 1-based index), kept so problems can be reported where they are.
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

    /// <summary>
    /// Rows that repeat an earlier row exactly (N, D, C, loss, E and G all equal): the same run recorded twice, as
    /// appending to a runs table twice leaves it. Each is paired with the first row it repeats.
    /// </summary>
    public IReadOnlyList<(RunPoint Copy, RunPoint First)> RepeatedRows()
    {
        var first = new Dictionary<(double, double, double, double, double, double), RunPoint>();
        var repeats = new List<(RunPoint, RunPoint)>();
        foreach (var run in Runs)
        {
            var key = (run.ParamsN, run.TokensD, run.ComputeFlops, run.Loss, run.Experts, run.Granularity);
            if (first.TryGetValue(key, out var earlier)) repeats.Add((run, earlier));
            else first[key] = run;
        }
        return repeats;
    }

    /// <summary>
    /// Drops the <paramref name="count"/> highest-loss runs — Besiroglu et al.'s preprocessing of the extracted
    /// Chinchilla points (245 → 240), which removes the small, undertrained outliers.
    /// </summary>
    public RunTable WithoutHighestLoss(int count)
    {
        Core.Validation.Preconditions.NonNegative(count, "drop-highest-loss");
        if (count >= Runs.Count)
            throw new Core.Validation.InvalidInputException($"dropping {count} of {Runs.Count} runs leaves none", field: "drop-highest-loss");
        if (count == 0) return this;
        var dropped = Runs.OrderByDescending(r => r.Loss).ThenBy(r => r.Row).Take(count).Select(r => r.Row).ToHashSet();
        return new RunTable(Source, Runs.Where(r => !dropped.Contains(r.Row)).ToList());
    }

    public RunTable Where(Func<RunPoint, bool> keep, string? note = null) =>
        new(note is null ? Source : $"{Source} ({note})", Runs.Where(keep).ToList());
}
