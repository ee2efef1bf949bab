using MoeLab.Scaling.Data;

namespace MoeLab.Scaling.Tests;

public sealed class DuplicateRunsTests
{
    private static RunPoint Run(long row, double n, double loss, double experts = 1) => new(n, 20 * n, 120 * n * n, loss, row, experts);

    [Fact]
    public void Find_ReportsEveryRepeatAfterItsFirstOccurrence_InFileOrder()
    {
        var runs = new[]
        {
            Run(1, 1e8, 3.1), Run(2, 2e8, 2.9), Run(3, 1e8, 3.1), Run(4, 4e8, 2.7), Run(5, 2e8, 2.9), Run(6, 1e8, 3.1),
        };
        Assert.Equal([3L, 5, 6], DuplicateRuns.Find(runs).Rows);
    }

    [Fact]
    public void Find_AnyFittedValueDiffering_IsNotARepeat()
    {
        var loss = 3.1;
        var runs = new[]
        {
            Run(1, 1e8, loss), Run(2, 1e8, Math.BitIncrement(loss)), Run(3, Math.BitIncrement(1e8), loss), Run(4, 1e8, loss, experts: 8),
            Run(5, 1e8, loss) with { Granularity = 2 },
        };
        Assert.Equal(0, DuplicateRuns.Find(runs).Count);
    }

    [Fact]
    public void Find_ThePublishedDatasets_HaveNoRepeats()
    {
        Assert.Equal(0, DuplicateRuns.Find(ChinchillaData.Raw.Runs).Count);
    }

    [Fact]
    public void Describe_OneLineWithTheCountAndTheFirstRows()
    {
        var runs = Enumerable.Range(1, 9).Select(i => Run(i, 1e8, 3.1)).ToList();
        var text = DuplicateRuns.Find(runs).Describe("runs.csv");
        Assert.StartsWith("runs.csv: 8 rows repeat an earlier row exactly (rows 2, 3, 4, 5, 6, …)", text);
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("runs.csv: 1 row repeats an earlier row exactly (row 2)", DuplicateRuns.Find(runs.Take(2).ToList()).Describe("runs.csv"));
    }
}
