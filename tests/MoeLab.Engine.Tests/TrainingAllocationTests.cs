using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>
/// GC.GetTotalAllocatedBytes counts every thread of the process, so this runs alone, not beside other test classes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "allocation measurements";
}

[Collection(AllocationCollection.Name)]
public sealed class TrainingAllocationTests
{
    /// <summary>
    /// A warmed-up training step of tiny-moe (the `train` defaults: 8 × 64 tokens) allocates next to nothing: the
    /// activations, scratch buffers and worker threads exist after the first steps, and the parallel products and
    /// attention heads run on the WorkerTeam, which allocates nothing per call. Parallel.For there cost ≈ 108 KB a
    /// step; what is left (≈ 300 bytes) is the step's StepRecord, the batch sampler's SplitMix64 objects and the
    /// history list growing.
    /// </summary>
    [Fact]
    public void TrainingStep_TinyMoeAfterWarmUp_AllocatesLessThan4KBPerStep()
    {
        var config = EnginePresets.Get("tiny-moe");
        var rng = new Random(1);
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(_ => (char)('a' + rng.Next(26))));
        var session = new TrainingSession(config, new TrainingOptions { Steps = 1000, BatchSize = 8, SequenceLength = config.ContextLength, WarmupSteps = 10 },
            TokenCorpus.FromText("random-letters", text));
        for (var i = 0; i < 3; i++) session.Step();

        const int steps = 20;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < steps; i++) session.Step();
        var perStep = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)steps;

        Assert.True(perStep < 4096, $"a tiny-moe training step allocated {perStep:N0} bytes");
    }
}
