using MoeLab.Engine.Data;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Tests;

/// <summary>Shapes and data small enough for unit tests to train in seconds.</summary>
internal static class TinyModels
{
    public static EngineConfig Moe(bool tied = true, int shared = 1) => new()
    {
        ContextLength = 16, ModelDim = 16, Layers = 2, Heads = 4, KvHeads = 2, DenseHidden = 32,
        FirstDenseLayers = 1, Experts = 4, TopK = 2, ExpertHidden = 8, SharedExperts = shared, TiedEmbeddings = tied,
    };

    public static EngineConfig Dense() => new()
    {
        ContextLength = 16, ModelDim = 16, Layers = 2, Heads = 2, KvHeads = 2, DenseHidden = 32,
    };

    /// <summary>A deterministic pseudo-English text: words drawn from a small vocabulary by a seeded generator.</summary>
    public static TokenCorpus Text(int words = 4000, int seed = 5)
    {
        string[] vocabulary = ["the", "cat", "sat", "on", "a", "mat", "and", "dog", "ran", "to", "its", "home", "while", "birds", "sang", "."];
        var rng = new Random(seed);
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[rng.Next(vocabulary.Length)]));
        return TokenCorpus.FromText("generated-test-text", text);
    }
}
