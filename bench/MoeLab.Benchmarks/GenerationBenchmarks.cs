using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;

namespace MoeLab.Benchmarks;

/// <summary>
/// Greedy generation of 56 bytes after an 8-byte prompt from preset tiny-moe (context 64, so both paths stay inside
/// one window and produce the same text): the KV-cached <see cref="TextGenerator"/> against the loop it replaced,
/// which re-ran the full (1, 64) forward pass per token. Tokens/s = 56 / mean.
/// </summary>
[ShortRunJob]
[BenchmarkDotNet.Attributes.MinColumn, BenchmarkDotNet.Attributes.MaxColumn]
public class GenerationBenchmarks
{
    private const int NewTokens = 56;
    private static readonly byte[] Prompt = "The cat "u8.ToArray();
    private Transformer<float> _model = null!;
    private TextGenerator _generator = null!;
    private int[] _window = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = new Transformer<float>(EnginePresets.Get("tiny-moe"));
        _model.Initialise(1);
        _generator = new TextGenerator(_model);
        _window = new int[_model.Config.ContextLength];
        var cached = _generator.Generate(Prompt, new SamplingOptions(NewTokens, Temperature: 0));
        if (!cached.AsSpan().SequenceEqual(WindowRecompute()))
            throw new InvalidOperationException("the two paths disagree; the comparison would be meaningless");
    }

    [Benchmark(Baseline = true)]
    public byte[] WindowRecompute()
    {
        var tokens = Prompt.Select(b => (int)b).ToList();
        var vocab = _model.Config.VocabSize;
        var output = new byte[NewTokens];
        for (var step = 0; step < NewTokens; step++)
        {
            Array.Clear(_window);
            tokens.CopyTo(_window);
            _model.Forward(_window, default, 1, _window.Length);
            var logits = _model.Output.Slice((tokens.Count - 1) * vocab, vocab);
            var best = 0;
            for (var j = 1; j < vocab; j++) if (logits[j] > logits[best]) best = j;
            tokens.Add(best);
            output[step] = (byte)best;
        }
        return output;
    }

    [Benchmark]
    public byte[] KvCached() => _generator.Generate(Prompt, new SamplingOptions(NewTokens, Temperature: 0));
}
