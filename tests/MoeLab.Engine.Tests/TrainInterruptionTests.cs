using System.Security.Cryptography;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>
/// `train` interrupted and resumed: the checkpoint written on cancellation (or periodically) holds the whole run, so
/// the resumed run's final checkpoint is the uninterrupted run's, byte for byte; a checkpoint that does not match what
/// the resume asks for is refused naming the field.
/// </summary>
[Collection(BitExactCollection.Name)]
public sealed class TrainInterruptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly TrainingOptions Options = TrainingTests.SmallRun(steps: 12) with { AccumulationSteps = 2 };

    private string File(string name) => Path.Combine(_dir, name);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(path)));

    /// <summary>An uninterrupted run's final checkpoint.</summary>
    private string Straight(string name = "straight.safetensors")
    {
        var path = File(name);
        EngineTrainer.Run(new TrainRequest(TinyModels.Moe(), Options, "r", path), TinyModels.Text());
        return path;
    }

    [Fact]
    public void Cancelled_AfterStepFive_SavesACheckpointThatResumesToTheStraightRunsBytes()
    {
        var straight = Straight();
        Assert.Equal(Sha256(straight), Sha256(Straight("again.safetensors"))); // nothing time-dependent is stored

        var path = File("interrupted.safetensors");
        using var cancel = new CancellationTokenSource();
        var interrupted = Assert.Throws<TrainingInterruptedException>(() => EngineTrainer.Run(
            new TrainRequest(TinyModels.Moe(), Options, "r", path), TinyModels.Text(), r => { if (r.Step == 5) cancel.Cancel(); }, cancel.Token));
        Assert.Equal((5, 12, path), (interrupted.StepsDone, interrupted.Steps, interrupted.CheckpointPath));
        Assert.Contains("after step 5 of 12", interrupted.Message);
        var saved = Checkpoint.Resume(path, TinyModels.Text());
        Assert.Equal(5, saved.StepsDone);
        Assert.Equal(5, saved.Optimizer.Step);
        Assert.NotEqual(Sha256(straight), Sha256(path));

        var resumed = EngineTrainer.Run(new TrainRequest(null, null, null, path, ResumeFrom: path), TinyModels.Text());
        Assert.Equal(5, resumed.ResumedAtStep);
        Assert.Equal(12, resumed.Session.StepsDone);
        Assert.Equal(Sha256(straight), Sha256(path));
    }

    [Fact]
    public void Periodic_EveryFiveSteps_LeavesCheckpointsAKilledRunResumesFromExactly()
    {
        var straight = Straight();
        var path = File("periodic.safetensors");
        var saves = new List<int>();
        EngineTrainer.Run(new TrainRequest(TinyModels.Moe(), Options, "r", path) { CheckpointEvery = 5 }, TinyModels.Text(),
            onCheckpoint: (step, saved) =>
            {
                Assert.Equal(path, saved);
                saves.Add(step);
                System.IO.File.Copy(saved, File($"at-{step}.safetensors")); // what a kill -9 just after this step would leave
            });
        Assert.Equal([5, 10], saves); // not at step 12: the final save follows
        Assert.Equal(Sha256(straight), Sha256(path));
        foreach (var step in saves)
        {
            var copy = File($"at-{step}.safetensors");
            EngineTrainer.Run(new TrainRequest(null, null, null, copy, ResumeFrom: copy), TinyModels.Text());
            Assert.Equal(Sha256(straight), Sha256(copy));
        }
    }

    [Fact]
    public void Cancelled_WithoutAnOutput_SavesWhereTheRequestSaysAtTheInterruption()
    {
        var recovery = File("recovery.safetensors");
        using var cancel = new CancellationTokenSource();
        var asked = 0;
        var request = new TrainRequest(TinyModels.Dense(), Options, "r") { InterruptCheckpoint = () => { asked++; return recovery; } };
        var e = Assert.Throws<TrainingInterruptedException>(() =>
            EngineTrainer.Run(request, TinyModels.Text(), r => { if (r.Step == 3) cancel.Cancel(); }, cancel.Token));
        Assert.Equal((1, recovery), (asked, e.CheckpointPath));
        Assert.Equal(3, Checkpoint.Resume(recovery, TinyModels.Text()).StepsDone);

        // Cancelled before the first step: nothing trained, nothing written.
        using var before = new CancellationTokenSource();
        before.Cancel();
        var none = Assert.Throws<TrainingInterruptedException>(() => EngineTrainer.Run(request with { InterruptCheckpoint = () => File("never") }, TinyModels.Text(), cancel: before.Token));
        Assert.Null(none.CheckpointPath);
        Assert.Contains("nothing was trained", none.Message);
        Assert.False(System.IO.File.Exists(File("never")));
    }

    [Fact]
    public void Resume_CheckpointThatDiffersFromWhatIsAsked_IsRefusedNamingFileAndField()
    {
        var path = Straight();
        var corpus = TinyModels.Text();
        InvalidInputException Refused(ResumeExpectation? expected = null, int? steps = null, Data.TokenCorpus? data = null) =>
            Assert.Throws<InvalidInputException>(() => Checkpoint.Resume(path, data ?? corpus, steps, expected));

        var preset = Refused(new ResumeExpectation(TinyModels.Moe() with { ModelDim = 64, DenseHidden = 192 }, "--preset other", []));
        Assert.Equal((path, "__metadata__.config.ModelDim"), (preset.Source, preset.Field));
        Assert.StartsWith("the checkpoint's model has ModelDim 16, --preset other has 64;", preset.Detail);
        var dense = Refused(new ResumeExpectation(TinyModels.Dense(), "--preset tiny-dense", []));
        Assert.StartsWith("__metadata__.config.", dense.Field);

        var batch = Refused(new ResumeExpectation(null, "", [new ExpectedSetting(nameof(TrainingOptions.BatchSize), "--batch", 4)]));
        Assert.Equal((path, "__metadata__.training.BatchSize"), (batch.Source, batch.Field));
        Assert.Contains("trained with --batch 2, the command line gives 4", batch.Message);
        var experts = Refused(new ResumeExpectation(null, "", [new ExpectedSetting(nameof(EngineConfig.Experts), "--experts", 8, OfModel: true)]));
        Assert.Equal("__metadata__.config.Experts", experts.Field);

        Assert.Equal("__metadata__.data", Refused(data: TinyModels.Text(seed: 6)).Field);
        Assert.Equal("__metadata__.step", Refused(steps: 11).Field); // fewer steps than the 12 it has done

        // What matches is accepted: the same model, the same settings, more steps.
        var same = new ResumeExpectation(TinyModels.Moe(), "--preset same", [new ExpectedSetting(nameof(TrainingOptions.Seed), "--seed", Options.Seed)]);
        Assert.Equal(20, Checkpoint.Resume(path, corpus, 20, same).Options.Steps);
    }
}
