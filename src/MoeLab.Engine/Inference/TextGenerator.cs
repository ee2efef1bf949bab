using MoeLab.Core.Randomness;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Inference;

/// <summary>How to sample: temperature 0 is greedy; top-k 0 keeps the whole vocabulary.</summary>
public sealed record SamplingOptions(int MaxNewTokens = 200, double Temperature = 0.8, int TopK = 0, ulong Seed = 1);

/// <summary>
/// Samples bytes from a model one token at a time through a KV-cached <see cref="MoeDecoder"/>: the prompt (its last
/// context-length tokens) is fed once, then each step feeds only the token just sampled. While prompt and output fit
/// in the context this is exactly the causal full-sequence model. When the cache fills, the context slides by half a
/// window: the cache is reset and the last half window re-fed at positions from 0, so a token's cost stays bounded
/// (one extra token fed per token generated); beyond the first window the output therefore differs from re-running
/// the last full window every step, which costs a whole window per token. When a trace recorder is given, every
/// generated token's routing (the routing of the step whose logits sampled it) is recorded.
/// </summary>
public sealed class TextGenerator
{
    private readonly MoeDecoder _decoder;

    /// <summary>A generator over the model's parameters as they are now (they are copied into the decoder).</summary>
    public TextGenerator(Transformer<float> trained) : this(MoeDecoder.Open(CheckpointTensorSource.FromModel(trained))) { }

    public TextGenerator(MoeDecoder decoder) => _decoder = decoder;

    public MoeDecoder Decoder => _decoder;

    public byte[] Generate(ReadOnlySpan<byte> prompt, SamplingOptions options, RoutingTraceRecorder? trace = null, int sequence = 0)
    {
        var tokens = new List<int>(prompt.Length + options.MaxNewTokens);
        foreach (var b in prompt) tokens.Add(b);
        if (tokens.Count == 0) tokens.Add('\n');
        var rng = new SplitMix64(options.Seed);
        var window = _decoder.ContextLength;
        var probs = new double[_decoder.Architecture.VocabSize];
        var generated = new List<byte>(options.MaxNewTokens);

        _decoder.Reset();
        ReadOnlySpan<float> logits = default;
        for (var i = Math.Max(0, tokens.Count - window); i < tokens.Count; i++) logits = _decoder.Step(tokens[i]);
        for (var step = 0; step < options.MaxNewTokens; step++)
        {
            var next = Sample(logits, probs, options, rng);
            trace?.Record(_decoder, sequence, generated.Count);
            tokens.Add(next);
            generated.Add((byte)next);
            if (step == options.MaxNewTokens - 1) break;
            if (_decoder.Position == window)
            {
                _decoder.Reset();
                var keep = Math.Max(1, window / 2);
                for (var i = tokens.Count - keep; i < tokens.Count - 1; i++) _decoder.Step(tokens[i]);
            }
            logits = _decoder.Step(next);
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
