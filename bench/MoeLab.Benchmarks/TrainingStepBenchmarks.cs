using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Benchmarks;

/// <summary>
/// One optimiser step (forward, backward, AdamW) of the reference MoE (preset ref-10m: ≈10.5 M parameters, 8 experts,
/// top-2, context 256) on batches of 4 × 256 tokens. Tokens/s = 1,024 / mean; achieved FLOP/s = the step's counted
/// FLOPs (printed in the setup log) / mean. A dense model of the same active size is the comparison.
/// </summary>
[BenchmarkDotNet.Attributes.MinColumn, BenchmarkDotNet.Attributes.MaxColumn]
public class TrainingStepBenchmarks
{
    private TrainingSession _session = null!;

    [Params("ref-10m", "ref-10m-dense")]
    public string Model { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var config = Model == "ref-10m-dense"
            ? EnginePresets.Get("ref-10m") with { Experts = 0, DenseHidden = 768 } // d_ff = top-2 × 384: same active FFN width
            : EnginePresets.Get("ref-10m");
        var rng = new Random(1);
        var text = string.Concat(Enumerable.Range(0, 200_000).Select(_ => (char)('a' + rng.Next(26))));
        _session = new TrainingSession(config, new TrainingOptions { Steps = 1_000_000, BatchSize = 4, SequenceLength = 256, WarmupSteps = 10 },
            TokenCorpus.FromText("random-letters", text));
        var record = _session.Step();
        Console.WriteLine($"// {Model}: {_session.Model.Layout.TotalParameters:N0} params, {_session.Model.Layout.ActiveParameters:N0} active, " +
            $"{record.Flops:E4} counted FLOPs per step of {_session.Options.TokensPerStep} tokens");
    }

    [Benchmark]
    public StepRecord TrainingStep() => _session.Step();
}
