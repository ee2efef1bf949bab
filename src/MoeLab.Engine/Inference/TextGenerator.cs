using MoeLab.Core.Randomness;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;

namespace MoeLab.Engine.Inference;

/// <summary>How to sample: temperature 0 is greedy; top-k 0 keeps the whole vocabulary.</summary>
public sealed record SamplingOptions(int MaxNewTokens = 200, double Temperature = 0.8, int TopK = 0, ulong Seed = 1);

/// <summary>
/// Samples bytes from a trained model, one token at a time. Without a KV cache each step re-runs the last
/// (context-length) window; causal attention makes the padding after the current position irrelevant. When a
/// trace recorder is given, every generated token's routing (each MoE layer's experts and gates) is recorded.
/// </summary>
public sealed class TextGenerator
{
    private readonly Transformer<float> _model;
    private readonly int _window;

    public TextGenerator(Transformer<float> trained)
    {
        // A model instance of its own: generation uses (1, T) activations, training may have used another shape.
        _model = new Transformer<float>(trained.Layout, trained.Parameters);
        _window = trained.Config.ContextLength;
    }

    public byte[] Generate(ReadOnlySpan<byte> prompt, SamplingOptions options, RoutingTraceRecorder? trace = null, int sequence = 0)
    {
        var tokens = new List<int>(prompt.Length + options.MaxNewTokens);
        foreach (var b in prompt) tokens.Add(b);
        if (tokens.Count == 0) tokens.Add('\n');
        var rng = new SplitMix64(options.Seed);
        var input = new int[_window];
        var vocab = _model.Config.VocabSize;
        var probs = new double[vocab];
        var generated = new List<byte>(options.MaxNewTokens);
        for (var step = 0; step < options.MaxNewTokens; step++)
        {
            var start = Math.Max(0, tokens.Count - _window);
            var length = tokens.Count - start;
            Array.Clear(input);
            for (var i = 0; i < length; i++) input[i] = tokens[start + i];
            _model.Forward(input, default, 1, _window);
            var last = length - 1;
            var logits = _model.Output.Slice(last * vocab, vocab);
            var next = Sample(logits, probs, options, rng);
            trace?.Record(_model, sequence, generated.Count, last);
            tokens.Add(next);
            generated.Add((byte)next);
        }
        return generated.ToArray();
    }

    private static int Sample(ReadOnlySpan<float> logits, double[] probs, SamplingOptions options, SplitMix64 rng)
    {
        var best = 0;
        for (var j = 1; j < logits.Length; j++) if (logits[j] > logits[best]) best = j;
        if (options.Temperature <= 0) return best;
        var cutoff = double.NegativeInfinity;
        if (options.TopK > 0 && options.TopK < logits.Length)
        {
            var sorted = logits.ToArray();
            Array.Sort(sorted);
            cutoff = sorted[^options.TopK];
        }
        var sum = 0.0;
        for (var j = 0; j < logits.Length; j++)
        {
            probs[j] = logits[j] < cutoff ? 0 : Math.Exp((logits[j] - logits[best]) / options.Temperature);
            sum += probs[j];
        }
        var u = rng.NextDouble() * sum;
        for (var j = 0; j < logits.Length; j++)
        {
            u -= probs[j];
            if (u <= 0 && probs[j] > 0) return j;
        }
        return best;
    }
}
