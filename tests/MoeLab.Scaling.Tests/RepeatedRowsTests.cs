using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

/// <summary>A runs table with runs recorded twice (a ladder appended twice) is fitted with a warning naming the copies.</summary>
public sealed class RepeatedRowsTests
{
    private static readonly ChinchillaLaw Law = new(1.69, 406.4, 410.7, 0.34, 0.28);

    /// <summary>Twelve distinct runs over three budgets, rows 1–12.</summary>
    private static List<RunPoint> Distinct() =>
        (from c in new[] { 1e18, 1e19, 1e20 }
         from n in new[] { 1e7, 3e7, 1e8, 3e8 }
         select (c, n)).Select((x, i) => new RunPoint(x.n, x.c / (6 * x.n), x.c, Law.Loss(x.n, x.c / (6 * x.n)), i + 1)).ToList();

    [Fact]
    public void RepeatedRows_ExactCopiesOnly_PairedWithTheFirst()
    {
        var runs = Distinct();
        Assert.Empty(new RunTable("t", runs).RepeatedRows());
        var twice = runs.Concat(runs.Select(r => r with { Row = r.Row + 12 })).ToList();
        var repeats = new RunTable("t", twice).RepeatedRows();
        Assert.Equal(Enumerable.Range(13, 12).Select(i => (long)i), repeats.Select(r => r.Copy.Row));
        Assert.All(repeats, r => Assert.Equal(r.Copy.Row - 12, r.First.Row));
        // A run that differs in any one column (here the loss, in its last bit) is another run.
        var nearly = runs.Append(runs[0] with { Loss = Math.BitIncrement(runs[0].Loss), Row = 13 }).ToList();
        Assert.Empty(new RunTable("t", nearly).RepeatedRows());
    }

    [Fact]
    public void FitService_RowsRecordedTwice_WarnsNamingTheRows()
    {
        var runs = Distinct();
        var form = LawForms.Create("chinchilla") with { Starts = StartGrids.Product([[5.0], [5.0], [0.5], [0.3], [0.3]]) };
        var clean = FitService.Run(new FitRequest(new RunTable("once", runs), form, new FitOptions()));
        Assert.DoesNotContain(clean.Warnings, w => w.Contains("repeat"));
        var twice = runs.Concat(runs.Take(7).Select(r => r with { Row = r.Row + 12 })).ToList();
        var outcome = FitService.Run(new FitRequest(new RunTable("twice", twice), form, new FitOptions()));
        var warning = Assert.Single(outcome.Warnings, w => w.Contains("repeat"));
        Assert.StartsWith("7 rows repeat an earlier row exactly (line 13 = line 1, line 14 = line 2, line 15 = line 3, line 16 = line 4, line 17 = line 5, …)", warning);
    }
}
