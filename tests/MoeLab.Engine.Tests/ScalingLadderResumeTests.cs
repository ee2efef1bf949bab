using MoeLab.Core.Validation;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>
/// The chinchilla ladder resumes: a rerun skips rungs whose config hash is in the table, so an interrupted ladder
/// plus a rerun leaves exactly the straight ladder's table, and a second rerun adds nothing; a torn last line is repaired.
/// </summary>
[Collection(BitExactCollection.Name)]
public sealed class ScalingLadderResumeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-ladder-resume-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The quick ladder's first four rungs (dense, d = 16 and 24, 4 and 8 steps): enough to interrupt mid-way, quick to train.</summary>
    private static readonly IReadOnlyList<LadderRung> Rungs = ScalingLadder.Plan(quick: true).Take(4).ToList();

    private string Table(string name) => Path.Combine(_dir, name);

    private string StraightTable()
    {
        var path = Table("straight.csv");
        var outcome = ScalingLadder.Run(Rungs, TinyModels.Text(), ScalingLadderTable.Open(path));
        Assert.Equal((4, 4, false), (outcome.Runs.Count, outcome.TrainedNow, outcome.Interrupted));
        return path;
    }

    [Fact]
    public void Interrupted_MidRungThenRerun_EndsWithTheStraightTableAndASecondRerunTrainsNothing()
    {
        var straight = File.ReadAllText(StraightTable());
        var path = Table("resumed.csv");
        using var cancel = new CancellationTokenSource();
        // Steps 1–4 are rung 1's, 5–12 rung 2's: step 14 is the second step of rung 3, which is dropped.
        var first = ScalingLadder.Run(Rungs, TinyModels.Text(), ScalingLadderTable.Open(path), (done, _) => { if (done == 14) cancel.Cancel(); }, cancel: cancel.Token);
        Assert.True(first.Interrupted);
        Assert.Null(first.Fit);
        Assert.Equal([Rungs[0].Name, Rungs[1].Name], first.Runs.Select(r => r.Row.Run));
        Assert.Equal(3, File.ReadAllLines(path).Length);

        var trained = new List<string>();
        var second = ScalingLadder.Run(Rungs, TinyModels.Text(), ScalingLadderTable.Open(path), onFinished: (r, _) => trained.Add(r.Rung.Name));
        Assert.Equal([Rungs[2].Name, Rungs[3].Name], trained);
        Assert.Equal((4, 2, false), (second.Runs.Count, second.TrainedNow, second.Interrupted));
        Assert.Equal(straight, File.ReadAllText(path));

        var third = ScalingLadder.Run(Rungs, TinyModels.Text(), ScalingLadderTable.Open(path));
        Assert.Equal(0, third.TrainedNow);
        Assert.All(third.Runs, r => Assert.True(r.Reused));
        Assert.Equal(straight, File.ReadAllText(path));
        Assert.Equal(second.Runs.Select(r => r.Row), third.Runs.Select(r => r.Row));
    }

    [Fact]
    public void OtherData_IsAnotherRun_NotASkip()
    {
        var path = StraightTable();
        var table = ScalingLadderTable.Open(path);
        Assert.All(Rungs, r => Assert.NotNull(table.Find(RunKey.Of(r.Config, r.Options, TinyModels.Text()))));
        Assert.All(Rungs, r => Assert.Null(table.Find(RunKey.Of(r.Config, r.Options, TinyModels.Text(seed: 6)))));
        Assert.All(Rungs, r => Assert.Null(table.Find(RunKey.Of(r.Config, r.Options with { PeakLearningRate = 1e-3 }, TinyModels.Text()))));
    }

    [Fact]
    public void Open_TornLastLine_IsDroppedWithAWarningAndTheFileRepaired()
    {
        var lines = File.ReadAllLines(StraightTable());
        var path = Table("torn.csv");
        File.WriteAllText(path, string.Join('\n', lines[..^1]) + "\n" + lines[^1][..(lines[^1].Length / 2)]);
        var table = ScalingLadderTable.Open(path);
        Assert.Contains("torn last line", Assert.Single(table.Warnings));
        Assert.Equal(lines[..^1], File.ReadAllLines(path));
        Assert.Null(table.Find(RunKey.Of(Rungs[3].Config, Rungs[3].Options, TinyModels.Text())));
        Assert.NotNull(table.Find(RunKey.Of(Rungs[2].Config, Rungs[2].Options, TinyModels.Text())));

        // A whole last row without its newline is kept; so is a table cut inside its header, as an empty one.
        File.WriteAllText(path, string.Join('\n', lines));
        Assert.Empty(ScalingLadderTable.Open(path).Warnings);
        File.WriteAllText(path, RunRow.Header[..10]);
        Assert.Single(ScalingLadderTable.Open(path).Warnings);
        Assert.Equal("", File.ReadAllText(path));
    }

    [Fact]
    public void Open_BadTables_AreRefusedOrWarnedNamingTheRow()
    {
        var lines = File.ReadAllLines(StraightTable());
        var path = Table("bad.csv");
        File.WriteAllLines(path, [lines[0], lines[1][..20], lines[2]]);
        var corrupt = Assert.Throws<InvalidInputException>(() => ScalingLadderTable.Open(path));
        Assert.Equal((path, 2L), (corrupt.Source, corrupt.Row));

        File.WriteAllLines(path, [RunRow.LegacyHeader, string.Join(',', lines[1].Split(',')[..^1])]);
        Assert.Contains("older MoeLab", Assert.Throws<InvalidInputException>(() => ScalingLadderTable.Open(path)).Message);

        File.WriteAllLines(path, [lines[0], lines[1], lines[2], lines[1]]);
        var duplicated = ScalingLadderTable.Open(path);
        Assert.Contains("line 4 repeats run", Assert.Single(duplicated.Warnings));
    }

    [Fact]
    public void AppendTo_LegacyTable_KeepsItsShape()
    {
        var lines = File.ReadAllLines(StraightTable());
        var row = RunRow.TryParse(lines[1])!;
        var path = Table("legacy.csv");
        File.WriteAllText(path, RunRow.LegacyHeader + "\n");
        row.AppendTo(path);
        var legacy = File.ReadAllLines(path);
        Assert.Equal(RunRow.LegacyHeader.Split(',').Length, legacy[1].Split(',').Length);
        Assert.Equal(lines[1], legacy[1] + "," + row.ConfigHash + "," + row.EvalTokens + "," + row.LossStandardError.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void HashedTable_WithoutEvaluationColumns_StillReadsAndKeepsItsShape()
    {
        var lines = File.ReadAllLines(StraightTable());
        var row = RunRow.TryParse(lines[1])!;
        Assert.True(row.EvalTokens > 0 && row.LossStandardError > 0);
        var path = Table("hashed.csv");
        var older = string.Join(',', lines[1].Split(',')[..^2]);
        File.WriteAllLines(path, [RunRow.HashedHeader, older]);
        var table = ScalingLadderTable.Open(path);
        var read = table.Find(row.ConfigHash)!;
        Assert.Equal((0L, double.NaN), (read.EvalTokens, read.LossStandardError));
        Assert.Equal(row with { EvalTokens = 0, LossStandardError = double.NaN }, read);
        (row with { Run = "next" }).AppendTo(path);
        Assert.Equal(RunRow.HashedHeader.Split(',').Length, File.ReadAllLines(path)[2].Split(',').Length);
    }
}
