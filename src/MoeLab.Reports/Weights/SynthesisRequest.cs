using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Reports.Weights;

/// <summary>The options of `moelab weights synth`, validated and turned into a synthesis.</summary>
public sealed record SynthesisRequest(string Model, string Out, int Shrink = 1, string DType = "bf16", long Seed = 1, double ShardGb = 2, bool Force = false)
{
    /// <summary>Resolves the model, applies the shrink and checks every option before any byte is generated.</summary>
    public (HuggingFaceModelConfig Model, SynthesisOptions Options) Resolve()
    {
        Preconditions.That(Out.Length > 0, "give an output directory", "--out");
        if (!(ShardGb > 0) || double.IsInfinity(ShardGb)) throw new InvalidInputException($"must be a positive number of GB, got {ShardGb}", field: "--shard-gb");
        var dtype = SynthesisOptions.ParseDType(DType);
        var model = ConfigShrinker.Shrink(HuggingFaceModelConfig.Resolve(Model), Shrink);
        return (model, new SynthesisOptions(dtype, Seed, (long)(ShardGb * 1e9), Force));
    }

    public SynthesisResult Run(IProgress<double>? progress = null)
    {
        var (model, options) = Resolve();
        return WeightsSynthesizer.Synthesize(model, Out, options, progress);
    }
}
