using System.Text.Json;
using MoeLab.Core.Randomness;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>Settings of <see cref="WeightsSynthesizer"/>; <see cref="DType"/> is a safetensors dtype (BF16 or F32).</summary>
public sealed record SynthesisOptions(string DType = "BF16", long Seed = 1, long ShardBytes = 2_000_000_000, bool Overwrite = false)
{
    /// <summary>Parses a --dtype value (bf16, f32, also float32 / bfloat16) into a safetensors dtype.</summary>
    public static string ParseDType(string text, string field = "--dtype") => text.ToLowerInvariant() switch
    {
        "bf16" or "bfloat16" => "BF16",
        "f32" or "fp32" or "float32" => "F32",
        _ => throw new InvalidInputException($"unknown dtype '{text}' (bf16 or f32)", field: field),
    };
}

/// <summary>What <see cref="WeightsSynthesizer"/> wrote.</summary>
/// <param name="ExpertBytes">Bytes of all routed experts' matrices together.</param>
/// <param name="BytesPerExpert">Bytes of one routed expert (gate + up + down).</param>
public sealed record SynthesisResult(string Directory, string ConfigPath, WrittenWeights Weights, int RoutedExperts, long ExpertBytes, long BytesPerExpert, HuggingFaceModelConfig Model);

/// <summary>
/// Writes a loadable Hugging Face model directory (config.json + safetensors) of random weights with a family's
/// real tensor names, shapes and dtype, so an offloading runtime can be run against real file layouts without the
/// real weights. Values are seeded and deterministic (each tensor its own stream, so chunking does not change them),
/// small (uniform with standard deviation 0.02) and norms are 1, biases 0. Generated chunk by chunk: memory use
/// stays at one chunk however big the model.
/// </summary>
public static class WeightsSynthesizer
{
    private const int ChunkElements = 1 << 20;
    private const double StdDev = 0.02;

    public static SynthesisResult Synthesize(HuggingFaceModelConfig model, string outDir, SynthesisOptions options, IProgress<double>? progress = null)
    {
        if (options.DType is not ("BF16" or "F32")) throw new InvalidInputException($"unsupported dtype '{options.DType}' (BF16 or F32)", field: "--dtype");
        var groups = HuggingFaceTensorPlan.Groups(model, options.DType);
        using var staging = StagingDirectory.Create(outDir, options.Overwrite);
        var index = groups.SelectMany(g => g).Select((t, i) => (t.Name, i)).ToDictionary(x => x.Name, x => (long)x.i, StringComparer.Ordinal);
        var total = (double)groups.SelectMany(g => g).Sum(t => t.Bytes);
        long done = 0;
        var weights = SafeTensorsWriter.Write(staging.Path, groups, options.ShardBytes, (tensor, stream) =>
        {
            Fill(tensor, SplitMix64.ForStream(options.Seed, index[tensor.Name]), stream);
            done += tensor.Bytes;
            progress?.Report(done / total);
        }, new Dictionary<string, string> { ["generator"] = "moelab weights synth", ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var config = (System.Text.Json.Nodes.JsonObject)model.Config.DeepClone();
        config["torch_dtype"] = options.DType == "BF16" ? "bfloat16" : "float32";
        var configPath = Path.Combine(staging.Path, "config.json");
        File.WriteAllText(configPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        staging.Commit();

        var experts = model.Spec.Experts;
        var perExpert = experts is null ? 0 : 3L * experts.Expert.Width * model.Spec.HiddenSize * SafeTensorsDType.ElementSize(options.DType);
        var routed = experts is null ? 0 : experts.Count * model.Spec.MoeLayerCount;
        var shards = weights.Shards.Select(f => f with { Path = Path.Combine(staging.Target, Path.GetFileName(f.Path)) }).ToList();
        var moved = weights with { Shards = shards, IndexPath = weights.IndexPath is null ? null : Path.Combine(staging.Target, Path.GetFileName(weights.IndexPath)) };
        return new SynthesisResult(staging.Target, Path.Combine(staging.Target, "config.json"), moved, routed, routed * perExpert, perExpert, model);
    }

    /// <summary>Writes one tensor's values: norms 1, biases 0, everything else uniform(±0.02·√3).</summary>
    public static void Fill(TensorEntry tensor, SplitMix64 random, Stream output)
    {
        // Every family's norm weights end in "norm.weight" (input_layernorm, q_norm, model.norm).
        float? constant = tensor.Name.EndsWith(".bias", StringComparison.Ordinal) ? 0f : tensor.Name.EndsWith("norm.weight", StringComparison.Ordinal) ? 1f : null;
        var elementSize = SafeTensorsDType.ElementSize(tensor.DType);
        var values = new float[(int)Math.Min(ChunkElements, tensor.ElementCount)];
        var bytes = new byte[values.Length * elementSize];
        var halfWidth = StdDev * Math.Sqrt(3);
        if (constant is { } c) Array.Fill(values, c);
        for (long remaining = tensor.ElementCount; remaining > 0;)
        {
            var n = (int)Math.Min(values.Length, remaining);
            if (constant is null)
                for (var i = 0; i < n; i++) values[i] = (float)((random.NextDouble() * 2 - 1) * halfWidth);
            SafeTensorsDType.FromFloat32(tensor.DType, values.AsSpan(0, n), bytes);
            output.Write(bytes, 0, n * elementSize);
            remaining -= n;
        }
    }
}
