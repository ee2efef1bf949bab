using System.Collections.Concurrent;
using MoeLab.Core.Validation;
using MoeLab.Engine.Training.Seed001Ladder;

namespace MoeLab.Engine.Tests.Seed001Ladder;

/// <summary>The micro design end to end: the table's contract, resuming after an interruption, refusing a mixed directory.</summary>
[Collection(BitExactCollection.Name)]
public sealed class LadderRunTests(MicroLadderFixture micro) : IClassFixture<MicroLadderFixture>
{
    [Fact]
    public void Micro_StraightRun_FinishesInSecondsWithTheContractColumns()
    {
        Assert.True(micro.Pass.Complete);
        Assert.False(micro.Pass.Interrupted);
        // Seconds of work: 573 k training tokens in all (the whole command took 14 s of CPU on Brown); bounded by its size, not a wall
        // clock on a shared machine (the ladder's report gives the time).
        Assert.InRange(micro.Plan.Runs.Sum(r => (double)r.Options.Steps * r.Options.TokensPerStep), 0, 6e5);
        var lines = File.ReadAllLines(Path.Combine(micro.Dir, LadderDirectory.RunsFile));
        Assert.StartsWith("c,m_over_na,n_over_na,d,loss,phase,run,", lines[0]);
        Assert.Equal(micro.Plan.Runs.Count + 1, lines.Length);
        Assert.Equal(48, micro.Pass.Finished.Count(r => r.Phase == 1)); // 3 scales × 4 × 4 configurations
        foreach (var (run, row) in micro.Plan.Runs.Zip(micro.Pass.Finished))
        {
            Assert.Equal(run.Id, row.Run);
            Assert.Equal(micro.Plan.Design.Budgets[row.Scale - 1], row.C); // the nominal C, the same for the whole scale
            Assert.InRange(Math.Abs(row.CountedCompute - row.C), 0, 0.5 * row.EngineFlopsPerToken * run.Options.TokensPerStep);
            Assert.True(double.IsFinite(row.Loss) && row.Loss > 0, row.Run);
            // The evaluation's size and standard error, as the default ladder's table has them: 4 batches of 2 × 16 bytes.
            Assert.Equal(4 * 2 * 16, row.EvalTokens);
            Assert.True(double.IsFinite(row.LossStandardError) && row.LossStandardError > 0 && row.LossStandardError < row.Loss, row.Run);
        }
        Assert.EndsWith(",eval_tokens,loss_se", lines[0]);
    }

    [Fact]
    public void Open_TableWrittenBeforeTheEvaluationColumns_IsUpgradedAndNothingIsRetrained()
    {
        var dir = Directory.CreateTempSubdirectory("moelab-seed001-legacy-").FullName;
        try
        {
            var lines = File.ReadAllLines(Path.Combine(micro.Dir, LadderDirectory.RunsFile));
            File.Copy(Path.Combine(micro.Dir, LadderDirectory.ManifestFile), Path.Combine(dir, LadderDirectory.ManifestFile));
            var runs = Path.Combine(dir, LadderDirectory.RunsFile);
            // The old shape: the same rows without their last two cells.
            File.WriteAllLines(runs, lines.Select(l => string.Join(',', l.Split(',').SkipLast(2))));
            Assert.StartsWith(LadderRow.LegacyHeader, File.ReadAllLines(runs)[0]);

            var directory = LadderDirectory.Open(dir, micro.Plan, micro.Corpus);
            Assert.Contains("added the eval_tokens and loss_se columns", directory.Repair);
            Assert.Equal(micro.Plan.Runs.Count, directory.Finished.Count);
            Assert.All(directory.Finished, r => Assert.True(r.EvalTokens == 0 && double.IsNaN(r.LossStandardError)));
            Assert.Equal(micro.Pass.Finished.Select(r => r with { EvalTokens = 0, LossStandardError = double.NaN }), directory.Finished);
            var upgraded = File.ReadAllLines(runs);
            Assert.Equal(LadderRow.Header, upgraded[0]);
            Assert.All(upgraded.Skip(1), l => Assert.EndsWith(",0,NaN", l));
            Assert.Null(LadderDirectory.Open(dir, micro.Plan, micro.Corpus).Repair); // upgraded once
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Micro_CancelledMidRunThenRerun_NeverRetrainsAFinishedRunAndEndsWithTheStraightTable()
    {
        var dir = Directory.CreateTempSubdirectory("moelab-seed001-resume-").FullName;
        try
        {
            var calls = new ConcurrentDictionary<string, int>();
            var engine = LadderRunner.EngineTrainerOn(micro.Corpus);
            using var cancel = new CancellationTokenSource();
            LadderTrainer counting = (run, token) =>
            {
                if (calls.AddOrUpdate(run.Id, 1, (_, n) => n + 1) == 1 && calls.Count == 11) cancel.Cancel(); // Ctrl-C during the 11th run
                return engine(run, token);
            };

            var first = LadderRunner.Run(micro.Plan, LadderDirectory.Open(dir, micro.Plan, micro.Corpus), counting, cancel: cancel.Token);
            Assert.True(first.Interrupted);
            Assert.Equal(10, first.TrainedNow);
            Assert.Equal(10, first.Finished.Count);

            var reopened = LadderDirectory.Open(dir, micro.Plan, micro.Corpus);
            Assert.Equal(first.Finished, reopened.Finished);
            var second = LadderRunner.Run(micro.Plan, reopened, counting);
            Assert.True(second.Complete);
            Assert.Equal(micro.Plan.Runs.Count - 10, second.TrainedNow);

            var interrupted = micro.Plan.Runs[10].Id;
            Assert.All(calls, c => Assert.Equal(c.Key == interrupted ? 2 : 1, c.Value));
            Assert.Equal(micro.Plan.Runs.Count, calls.Count);
            // Same rows as the straight run, bit for bit, apart from the wall time.
            Assert.Equal(micro.Pass.Finished.Select(r => r with { Seconds = 0 }), second.Finished.Select(r => r with { Seconds = 0 }));
            Assert.Equal(File.ReadAllLines(Path.Combine(micro.Dir, LadderDirectory.RunsFile)).Length, File.ReadAllLines(Path.Combine(dir, LadderDirectory.RunsFile)).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Open_DirectoryOfAnotherDesign_IsRefused()
    {
        var otherSeed = LadderPlanner.Plan(LadderDesigns.Micro(seed: 2));
        var error = Assert.Throws<InvalidInputException>(() => LadderDirectory.Open(micro.Dir, otherSeed, micro.Corpus));
        Assert.Contains("other settings", error.Message);
        Assert.Contains("other data", Assert.Throws<InvalidInputException>(() => LadderDirectory.Open(micro.Dir, micro.Plan, TinyModels.Text(seed: 6))).Message);
        var small = LadderPlanner.Plan(LadderDesigns.Small());
        Assert.Contains("another design (seed001-micro)", Assert.Throws<InvalidInputException>(() => LadderDirectory.Open(micro.Dir, small, micro.Corpus)).Message);
    }

    [Fact]
    public void Open_UnwritableDirectory_IsRefusedBeforeTraining()
    {
        var file = Path.Combine(micro.Dir, "not-a-directory.txt");
        File.WriteAllText(file, "x");
        var error = Assert.Throws<InvalidInputException>(() => LadderDirectory.Open(Path.Combine(file, "runs"), micro.Plan, micro.Corpus));
        Assert.Contains($"{file} is not a directory", error.Message);
        Assert.Equal("--out", error.Field);
    }

    [Fact]
    public void Open_TableWithATornLastLine_DropsItWithAWarningAndTheRerunRestoresTheStraightTable()
    {
        var dir = Directory.CreateTempSubdirectory("moelab-seed001-torn-").FullName;
        try
        {
            var lines = File.ReadAllLines(Path.Combine(micro.Dir, LadderDirectory.RunsFile));
            var runs = Path.Combine(dir, LadderDirectory.RunsFile);
            File.Copy(Path.Combine(micro.Dir, LadderDirectory.ManifestFile), Path.Combine(dir, LadderDirectory.ManifestFile));
            File.WriteAllText(runs, string.Join('\n', lines[..^1]) + "\n" + lines[^1][..(lines[^1].Length / 3)]); // cut inside the loss column

            var directory = LadderDirectory.Open(dir, micro.Plan, micro.Corpus);
            Assert.Contains("dropped a torn last line", directory.Repair);
            Assert.Equal(micro.Plan.Runs.Count - 1, directory.Finished.Count);
            Assert.Equal(lines[..^1], File.ReadAllLines(runs)); // repaired on disk before any training

            var pass = LadderRunner.Run(micro.Plan, directory, LadderRunner.EngineTrainerOn(micro.Corpus));
            Assert.Equal(1, pass.TrainedNow);
            Assert.Equal(micro.Pass.Finished.Select(r => r with { Seconds = 0 }), pass.Finished.Select(r => r with { Seconds = 0 }));
            Assert.Null(LadderDirectory.Open(dir, micro.Plan, micro.Corpus).Repair);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
