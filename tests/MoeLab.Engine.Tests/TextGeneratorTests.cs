using System.Text.Json.Nodes;
using MoeLab.Core.Randomness;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;

namespace MoeLab.Engine.Tests;

/// <summary>The KV-cached generator against the path it replaced: re-running the full-sequence forward per token.</summary>
public sealed class TextGeneratorTests
{
    /// <summary>The old generation loop (greedy only), kept here as the reference: a full forward of the window per token.</summary>
    private static (byte[] Text, RoutingTraceRecorder Trace) WindowRecompute(Transformer<float> trained, byte[] prompt, int count)
    {
        var model = new Transformer<float>(trained.Layout, trained.Parameters);
        var window = model.Config.ContextLength;
        var tokens = prompt.Select(b => (int)b).ToList();
        var input = new int[window];
        var trace = new RoutingTraceRecorder("t");
        var generated = new List<byte>();
        for (var step = 0; step < count; step++)
        {
            var start = Math.Max(0, tokens.Count - window);
            var length = tokens.Count - start;
            Array.Clear(input);
            for (var i = 0; i < length; i++) input[i] = tokens[start + i];
            model.Forward(input, default, 1, window);
            var logits = model.Output.Slice((length - 1) * model.Config.VocabSize, model.Config.VocabSize);
            var best = 0;
            for (var j = 1; j < logits.Length; j++) if (logits[j] > logits[best]) best = j;
            if (model.Config.IsMoe) trace.Record(model, 0, generated.Count, length - 1);
            tokens.Add(best);
            generated.Add((byte)best);
        }
        return (generated.ToArray(), trace);
    }

    private static Transformer<float> Model(EngineConfig config, ulong seed)
    {
        var model = new Transformer<float>(config);
        model.Initialise(seed);
        // Initialisation's 0.02 weights give near-uniform logits; widen them so greedy choices are decisive.
        var rng = new SplitMix64(seed + 100);
        foreach (var slot in model.Layout.Slots.Where(s => s.Shape.Length >= 2))
        {
            var view = slot.Of(model.Parameters);
            for (var i = 0; i < view.Length; i++) view[i] = (float)(rng.NextGaussian() * 0.3);
        }
        return model;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Generate_GreedyWithinContext_IsIdenticalToWindowRecomputeWithSameTrace(bool moe)
    {
        var config = (moe ? TinyModels.Moe() : TinyModels.Dense()) with { ContextLength = 24 };
        var model = Model(config, 3);
        var prompt = "the cat "u8.ToArray();
        var count = config.ContextLength - prompt.Length + 1; // the last token is sampled from the full window
        var (expected, expectedTrace) = WindowRecompute(model, prompt, count);
        var trace = new RoutingTraceRecorder("t");
        var actual = new TextGenerator(model).Generate(prompt, new SamplingOptions(count, Temperature: 0), moe ? trace : null);
        Assert.Equal(expected, actual);
        if (!moe) return;
        var (a, b) = (Lines(expectedTrace), Lines(trace));
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i]["experts"]!.ToJsonString(), b[i]["experts"]!.ToJsonString());
            Assert.Equal(a[i]["token_idx"]!.GetValue<int>(), b[i]["token_idx"]!.GetValue<int>());
            Assert.Equal(a[i]["layer"]!.GetValue<int>(), b[i]["layer"]!.GetValue<int>());
            var (ga, gb) = (a[i]["gating_probs"]!.AsArray(), b[i]["gating_probs"]!.AsArray());
            for (var s = 0; s < ga.Count; s++) Assert.Equal(ga[s]!.GetValue<double>(), gb[s]!.GetValue<double>(), 5);
        }
    }

    [Fact]
    public void Generate_PromptLongerThanContext_MatchesTheLastWindowThenSlides()
    {
        var config = TinyModels.Moe() with { ContextLength = 8 };
        var model = Model(config, 4);
        var prompt = "a long prompt past the window"u8.ToArray();
        var (expected, _) = WindowRecompute(model, prompt, 1);
        var generator = new TextGenerator(model);
        var output = generator.Generate(prompt, new SamplingOptions(40, Temperature: 0));
        Assert.Equal(expected[0], output[0]);
        Assert.Equal(40, output.Length);
        Assert.InRange(generator.Decoder.Position, 1, config.ContextLength);
    }

    private static JsonObject[] Lines(RoutingTraceRecorder trace) =>
        trace.ToJsonl().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
}
