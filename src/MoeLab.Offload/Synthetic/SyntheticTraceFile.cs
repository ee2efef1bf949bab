using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>A synthetic trace written to a file, and the LRU hit-rate curve measured while writing it.</summary>
public sealed record SyntheticTraceFileResult(string Path, TraceShape Shape, long Tokens, long Bytes, IReadOnlyList<double> LruHitRateCurve);

/// <summary>
/// Writes a synthetic trace of any length straight from the generator to a file: each token is drawn, written and
/// replayed through the hit-rate caches, then forgotten, so memory does not grow with the token count. Before
/// generating anything it works out how big the file will be and refuses one its filesystem cannot hold. The
/// bytes equal those of saving <see cref="SyntheticRoutingGenerator.Generate"/>'s in-memory trace.
/// </summary>
public static class SyntheticTraceFile
{
    /// <summary>Tokens drawn to measure a text format's bytes per token.</summary>
    private const int SampleTokens = 1000;

    /// <summary>Tokens between progress reports.</summary>
    private const int ProgressEvery = 4096;

    public static SyntheticTraceFileResult Write(
        string path, TraceShape shape, long tokens, SyntheticRoutingParameters parameters, int seed, IProgress<double>? progress = null)
    {
        parameters.Validate();
        Preconditions.Positive(tokens, "tokens");
        Preconditions.That(tokens <= int.MaxValue, $"at most {int.MaxValue:N0} tokens (the formats index tokens with 32 bits)", "tokens");
        var format = TraceFiles.OutputFormatOf(path);
        FreeSpace.Require(path, EstimateBytes(format, shape, tokens, parameters, seed), "tokens");

        var stream = new SyntheticRoutingStream(shape, parameters, seed);
        var curve = new LruHitRateCurveBuilder(shape);
        var experts = new int[shape.Layers * shape.TopK];
        var gates = new float[experts.Length];
        var bytes = TraceFiles.Write(path, TraceHeader.SingleSequence(shape, hasGates: true, tokens), writer =>
        {
            for (long t = 0; t < tokens; t++)
            {
                stream.Next(experts, gates);
                writer.WriteToken(experts, gates);
                curve.AddToken(experts);
                if (progress is not null && (t + 1) % ProgressEvery == 0) progress.Report((double)(t + 1) / tokens);
            }
        });
        progress?.Report(1.0);
        return new SyntheticTraceFileResult(path, shape, tokens, bytes, curve.Curve());
    }

    /// <summary>
    /// The size of the file <see cref="Write"/> makes. Binary records have a fixed size, so that is exact. A text
    /// line differs with its numbers: the token index's digits are counted exactly, and the rest per token (ids,
    /// gates, punctuation) is measured on the first tokens the same seed draws, written by the real writer.
    /// </summary>
    public static long EstimateBytes(TraceFormat format, TraceShape shape, long tokens, SyntheticRoutingParameters parameters, int seed)
    {
        if (format == TraceFormat.Binary) return BinaryTraceWriter.FileBytes(TraceHeader.SingleSequence(shape, hasGates: true, tokens));
        var sample = (int)Math.Min(tokens, SampleTokens);
        var counter = new ByteCounter();
        var stream = new SyntheticRoutingStream(shape, parameters, seed);
        var experts = new int[shape.Layers * shape.TopK];
        var gates = new float[experts.Length];
        var writer = TraceWriter.Create(format, counter, TraceHeader.SingleSequence(shape, hasGates: true, sample));
        for (var t = 0; t < sample; t++)
        {
            stream.Next(experts, gates);
            writer.WriteToken(experts, gates);
        }
        writer.Complete();
        // Every line carries the token index: one line per (token, layer) in JSONL, per (token, layer, expert) in CSV.
        long linesPerToken = format == TraceFormat.Jsonl ? shape.Layers : shape.Layers * shape.TopK;
        var restPerToken = (double)(counter.Bytes - linesPerToken * IndexDigits(sample)) / sample;
        return (long)Math.Ceiling(restPerToken * tokens) + linesPerToken * IndexDigits(tokens);
    }

    /// <summary>Decimal digits of 0, 1, …, n−1 together.</summary>
    internal static long IndexDigits(long n)
    {
        long total = 0;
        for (long low = 0, high = 10, digits = 1; low < n; low = high, high *= 10, digits++)
            total += (Math.Min(n, high) - low) * digits;
        return total;
    }

    /// <summary>A sink that only counts what is written to it.</summary>
    private sealed class ByteCounter : Stream
    {
        public long Bytes { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Bytes;
        public override long Position { get => Bytes; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Bytes += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
