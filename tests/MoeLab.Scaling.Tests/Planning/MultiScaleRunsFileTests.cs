using MoeLab.Core.Validation;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning.MultiScale;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>Reading a multi-scale runs table, slicing each scale's runs into curve fits, and the errors for bad tables.</summary>
public sealed class MultiScaleRunsFileTests
{
    private static readonly string[] Header = ["c,m_over_na,n_over_na,d,loss"];

    [Fact]
    public void Parse_BudgetsWithinOnePartPerMillion_FormOneScaleInIncreasingC()
    {
        var runs = MultiScaleRunsFile.Parse([.. Header, "1e19,8,20,1000,2.5", "1e18,9,20,500,2.9", "1.0000001e19,9,20,1000,2.6", "1.00001e19,8,20,1000,2.4"], "t.csv");

        Assert.Equal([1e18, 1e19, 1.00001e19], runs.Scales.Select(s => Math.Round(s.ComputeFlops / 1e13) * 1e13));
        Assert.Equal([2, 4], runs.Scales[1].Runs.Select(r => r.Row));
        Assert.False(runs.HasPhase);
    }

    [Fact]
    public void Parse_PhaseColumn_BlankMeansEitherPhase()
    {
        var runs = MultiScaleRunsFile.Parse(["c,phase,m_over_na,n_over_na,d,loss", "1e19,1,8,20,1000,2.5", "1e19,,8,20,1000,2.5", "1e19,2,8,20,1000,2.5"], "t.csv");

        Assert.True(runs.HasPhase);
        Assert.Equal([1, null, 2], runs.Scales[0].Runs.Select(r => r.Phase));
    }

    [Fact]
    public void HasComputeColumn_SingleScaleTable_IsFalse()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["m_over_na,n_over_na,d,loss", "8,20,1000,2.5"]);
            Assert.False(MultiScaleRunsFile.HasComputeColumn(path));
            File.WriteAllLines(path, ["loss,C,m_over_na,n_over_na,d", "2.5,1e19,8,20,1000"]);
            Assert.True(MultiScaleRunsFile.HasComputeColumn(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CurveSlicer_NoPhaseOneAtATimeSweeps_FitsEachVariableOnItsOwnSweep()
    {
        // Three sweeps through the centre (x, y, d) = (9, 20, 1000); the centre row appears once.
        var lines = new List<string>(Header);
        foreach (var x in new[] { 7.0, 8, 9, 10, 12 }) lines.Add($"1e19,{x},20,1000,2.5");
        foreach (var y in new[] { 10.0, 15, 25, 28 }) lines.Add($"1e19,9,{y},1000,2.5");
        foreach (var d in new[] { 600.0, 800, 1200, 1400 }) lines.Add($"1e19,9,20,{d},2.5");
        var scale = MultiScaleRunsFile.Parse(lines, "t.csv").Scales[0];

        var x0 = CurveSlicer.For(scale, PerScaleCurveKind.FlopsRatio, hasPhase: false);
        var y0 = CurveSlicer.For(scale, PerScaleCurveKind.SparsityRatio, hasPhase: false);
        var d0 = CurveSlicer.For(scale, PerScaleCurveKind.Quadratic, hasPhase: false);

        Assert.Equal([2, 3, 4, 5, 6], x0.Runs.Select(r => r.Row));
        Assert.Equal([4, 7, 8, 9, 10], y0.Runs.Select(r => r.Row));
        Assert.Equal([4, 11, 12, 13, 14], d0.Runs.Select(r => r.Row));
        Assert.Equal("rows where n_over_na = 20 and d = 1000", x0.Description);
    }

    [Fact]
    public void CurveSlicer_EveryConfigurationSwept_FitsDOnTheSweepOfPhaseOnesChoice()
    {
        // Two configurations, each a phase-1 run at its proxy width plus three more widths (a ladder that sweeps every
        // configuration). B's proxy beats A's, so Phase 1 chooses B, although A's sweep holds the lowest loss of all.
        string[] lines =
        [
            "c,phase,m_over_na,n_over_na,d,loss",
            "1e19,1,8,20,1000,2.50", "1e19,1,10,20,900,2.40",
            "1e19,2,8,20,600,2.45", "1e19,2,8,20,800,2.30", "1e19,2,8,20,1200,2.60",
            "1e19,2,10,20.1,500,2.45", "1e19,2,10,20.1,700,2.35", "1e19,2,10,20.1,1100,2.50", // N/N_a within 1% of B's
        ];
        var scale = MultiScaleRunsFile.Parse(lines, "t.csv").Scales[0];

        var d = CurveSlicer.For(scale, PerScaleCurveKind.Quadratic, hasPhase: true);

        Assert.Equal([3, 7, 8, 9], d.Runs.Select(r => r.Row));
        Assert.All(d.Groups, g => Assert.Equal(0, g));
        Assert.Contains("the d sweep at M/N_a = 10 and N/N_a = 20", d.Description);
        Assert.Contains("Phase 1's choice of the 2 swept configurations: its phase-1 run (row 3)", d.Description);

        // Without phase-1 runs at the swept configurations, the sweep holding the lowest loss is taken.
        var sweepsOnly = MultiScaleRunsFile.Parse([lines[0], .. lines.Skip(3)], "t.csv").Scales[0];
        Assert.Equal([2, 3, 4], CurveSlicer.For(sweepsOnly, PerScaleCurveKind.Quadratic, hasPhase: true).Runs.Select(r => r.Row));
    }

    public static TheoryData<string[], int, string, string> BadTables => new()
    {
        { ["c,m_over_na,n_over_na,loss", "1e19,8,20,2.5"], 1, "d", "missing column 'd'" },
        { [.. Header, "1e19,8,20,1000,2.5", "1e19,8,20,nan,2.5"], 3, "d", "'nan' is not a finite number" },
        { [.. Header, "1e19,8,20,1000,2.5", "-1e19,8,20,1000,2.5"], 3, "c", "must be positive" },
        { [.. Header, "1e19,5.5,20,1000,2.5"], 2, "m_over_na", "must be above 6" },
        { ["c,phase,m_over_na,n_over_na,d,loss", "1e19,3,8,20,1000,2.5"], 2, "phase", "must be 1" },
    };

    [Theory]
    [MemberData(nameof(BadTables))]
    public void Parse_BadTable_NamesFileRowAndColumn(string[] lines, int row, string column, string detail)
    {
        var e = Assert.Throws<InvalidInputException>(() => MultiScaleRunsFile.Parse(lines, "bad.csv"));

        Assert.Equal(("bad.csv", row, column), (e.Source, (int?)e.Row, e.Field));
        Assert.Contains(detail, e.Detail);
    }

    [Fact]
    public void FitAll_OneScale_SaysHowManyScalesAndWhich()
    {
        var runs = MultiScaleRunsFile.Parse(SyntheticLadder.PaperLike(scales: [1e19]).Lines(), "one.csv");

        var e = Assert.Throws<InvalidInputException>(() => ScaleFit.FitAll(runs, SyntheticLadder.Wall));

        Assert.Equal(("one.csv", 2, "c"), (e.Source, (int?)e.Row, e.Field));
        Assert.StartsWith("found 1 scale (C = 1e+19 FLOPs, rows 2–51)", e.Detail);
    }

    [Fact]
    public void FitAll_ThreeWidthsAtAScale_NamesTheScaleAndTheVariable()
    {
        var lines = SyntheticLadder.PaperLike(scales: [1e19, 1e20]).Lines().ToList();
        // Drop six of the eight phase-2 rows of the second scale (its last eight lines): the sweep keeps two, and the
        // phase-1 run at the swept configuration (row 73, the grid's centre) is its third width.
        lines.RemoveRange(lines.Count - 6, 6);
        var runs = MultiScaleRunsFile.Parse(lines, "few.csv");

        var e = Assert.Throws<InvalidInputException>(() => ScaleFit.FitAll(runs, SyntheticLadder.Wall));

        Assert.Equal(("few.csv", 73, "d"), (e.Source, (int?)e.Row, e.Field));
        Assert.StartsWith("C = 1e+20 FLOPs (rows 52–95): the loss-vs-d fit has 3 distinct d value(s)", e.Detail);
    }
}
