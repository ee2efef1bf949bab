using MoeLab.Core.Validation;

namespace MoeLab.Engine.Model;

/// <summary>Named engine shapes for the CLI and benchmarks. All byte-level (vocabulary 256), RMSNorm, rotary, SwiGLU.</summary>
public static class EnginePresets
{
    private static readonly Dictionary<string, EngineConfig> Shapes = new(StringComparer.OrdinalIgnoreCase)
    {
        // Trains in about a minute on two cores; for trying the commands.
        ["tiny-moe"] = new() { ContextLength = 64, ModelDim = 64, Layers = 2, Heads = 4, KvHeads = 2, DenseHidden = 192, Experts = 4, TopK = 2, ExpertHidden = 96 },
        ["tiny-dense"] = new() { ContextLength = 64, ModelDim = 64, Layers = 2, Heads = 4, KvHeads = 2, DenseHidden = 192 },
        ["small-moe"] = new() { ContextLength = 128, ModelDim = 128, Layers = 4, Heads = 4, KvHeads = 4, DenseHidden = 384, Experts = 8, TopK = 2, ExpertHidden = 192, SharedExperts = 1, FirstDenseLayers = 1 },
        ["small-dense"] = new() { ContextLength = 128, ModelDim = 128, Layers = 4, Heads = 4, KvHeads = 4, DenseHidden = 384 },
        // The reference MoE of the issue's throughput benchmark: ≈10.5 M parameters, 8 experts, top-2, context 256.
        ["ref-10m"] = new() { ContextLength = 256, ModelDim = 256, Layers = 4, Heads = 8, KvHeads = 8, DenseHidden = 1024, Experts = 8, TopK = 2, ExpertHidden = 384 },
    };

    public static IReadOnlyCollection<string> Names => Shapes.Keys;

    public static EngineConfig Get(string name) =>
        Shapes.TryGetValue(name, out var config)
            ? config
            : throw new InvalidInputException($"unknown engine preset '{name}'; valid: {string.Join(", ", Shapes.Keys)}", field: "preset");
}
