using System.Diagnostics;
using System.Numerics.Tensors;
using MoeLab.Core.Randomness;
using MoeLab.Core.Validation;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Measures what an SSD-streaming MoE runtime depends on, on this machine: the disk under a directory (sequential
/// bandwidth at expert-sized reads, per-read latency from a line fit over read sizes, scaling with concurrent
/// readers), the CPU's expert FFN rate through the engine's GEMM, and RAM bandwidth. Disk reads use O_DIRECT on a
/// scratch file written (and deleted) in the directory, so the page cache does not flatter the numbers.
/// </summary>
public static class DeviceProbe
{
    public static ProbeResult Run(ProbeOptions options, IProgress<double>? progress = null)
    {
        var expertBytes = (options.ExpertBytes + DirectFileReader.Alignment - 1) / DirectFileReader.Alignment * DirectFileReader.Alignment;
        if (expertBytes <= 0) throw new InvalidInputException($"must be positive, got {options.ExpertBytes}", field: "--expert-bytes");
        var scratchBytes = options.ScratchBytes / DirectFileReader.Alignment * DirectFileReader.Alignment;
        if (scratchBytes < 2 * expertBytes)
            throw new InvalidInputException($"scratch file ({scratchBytes} B) must hold at least two expert-sized reads ({expertBytes} B each)", field: "--scratch-bytes");
        Preconditions.Positive(options.ExpertHidden, "--expert-hidden");
        Preconditions.Positive(options.ExpertWidth, "--expert-width");

        var scratch = CreateScratch(options.Directory, scratchBytes, options.Seed);
        try
        {
            progress?.Report(0.1);
            using var reader = DirectFileReader.Open(scratch);
            if (options.CompareFio && !FioResult.Available) throw new InvalidInputException("fio is not installed (Debian: apt-get install fio)", field: "--compare-fio");
            // Two passes each, ours and fio's interleaved, best of each: the first pass after writing the scratch file
            // and other tenants of a shared disk both make single passes noisy, and must not favour either side.
            var sequential = 0.0;
            FioResult? bestFio = null;
            for (var pass = 0; pass < 2; pass++)
            {
                sequential = Math.Max(sequential, Sequential(reader, expertBytes, scratchBytes));
                if (!options.CompareFio) continue;
                var f = FioResult.Run(scratch, expertBytes, scratchBytes);
                if (bestFio is null || f.BandwidthBytesPerSecond > bestFio.BandwidthBytesPerSecond) bestFio = f;
            }
            var fio = bestFio is null ? null : new FioComparison(bestFio, sequential);
            progress?.Report(0.3);
            var latency = ProbeOptions.LatencySizes.Where(s => s <= scratchBytes / 2).Select(s => Latency(reader, s, scratchBytes, options.Seed)).ToList();
            var fit = LatencyFit.Of(latency);
            progress?.Report(0.5);
            var depth = ProbeOptions.QueueDepths.Select(q => QueueDepth(reader, q, expertBytes, scratchBytes, options.Seed)).ToList();
            progress?.Report(0.7);
            var flops = ExpertFlops(options.ExpertHidden, options.ExpertWidth, TimeSpan.FromSeconds(1));
            var perCall = 1 / (ExpertFlops(16, 16, TimeSpan.FromSeconds(0.2)) / (6.0 * 16 * 16));
            progress?.Report(0.9);
            var ram = RamBandwidth();
            return new ProbeResult(options, reader.Mode, expertBytes, sequential, latency, fit, depth, flops, Gemm.Describe(), perCall, ram,
                GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, fio);
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> of pseudo-random data (no zero pages a device could shortcut) and evicts it from the cache.</summary>
    private static string CreateScratch(string directory, long bytes, long seed)
    {
        if (!Directory.Exists(directory)) throw new InvalidInputException("directory not found", source: directory, field: "--path");
        var path = Path.Combine(directory, $".moelab-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 20))
            {
                var random = SplitMix64.ForStream(seed);
                var chunk = new byte[4 << 20];
                var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(chunk.AsSpan());
                for (long done = 0; done < bytes; done += chunk.Length)
                {
                    for (var i = 0; i < words.Length; i++) words[i] = random.NextUInt64();
                    stream.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - done));
                }
                stream.Flush(flushToDisk: true);
            }
            PageCache.DropFile(path);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(path)) File.Delete(path);
            throw new InvalidInputException($"cannot write a {bytes}-byte scratch file here: {e.Message}", source: directory, field: "--path");
        }
    }

    private static double Sequential(DirectFileReader reader, long block, long fileBytes)
    {
        using var buffer = new AlignedBuffer(block);
        var clock = Stopwatch.StartNew();
        long total = 0;
        for (long offset = 0; offset + block <= fileBytes; offset += block)
        {
            reader.Read(offset, (int)block, buffer.Span, out var n);
            total += n;
        }
        return total / clock.Elapsed.TotalSeconds;
    }

    private static LatencyPoint Latency(DirectFileReader reader, long size, long fileBytes, long seed)
    {
        using var buffer = new AlignedBuffer(size);
        var random = SplitMix64.ForStream(seed, size);
        var slots = fileBytes / size;
        // Enough reads for a stable mean, capped so big sizes do not re-read the whole file many times.
        var reads = (int)Math.Clamp((64L << 20) / size, 8, 256);
        reader.Read(0, (int)size, buffer.Span, out _);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < reads; i++) reader.Read(random.NextInt64(slots) * size, (int)size, buffer.Span, out _);
        return new LatencyPoint(size, reads, clock.Elapsed.TotalSeconds / reads);
    }

    private static QueueDepthPoint QueueDepth(DirectFileReader reader, int readers, long block, long fileBytes, long seed)
    {
        var slots = fileBytes / block;
        var perReader = (int)Math.Max(4, Math.Min(slots, 32) / readers);
        long total = 0;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, readers).Select(t => new Thread(() =>
        {
            using var buffer = new AlignedBuffer(block);
            var random = SplitMix64.ForStream(seed, 1000 + t);
            long mine = 0;
            for (var i = 0; i < perReader; i++)
            {
                reader.Read(random.NextInt64(slots) * block, (int)block, buffer.Span, out var n);
                mine += n;
            }
            Interlocked.Add(ref total, mine);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return new QueueDepthPoint(readers, total, clock.Elapsed.TotalSeconds);
    }

    /// <summary>FLOP/s of a SwiGLU expert applied to one token: gate and up GEMVs, SiLU·up, down GEMV (6·d·H FLOPs).</summary>
    public static double ExpertFlops(int hidden, int width, TimeSpan atLeast)
    {
        var random = SplitMix64.ForStream(7);
        float[] Random(long n) => [.. Enumerable.Range(0, (int)n).Select(_ => (float)(random.NextDouble() - 0.5) * 0.04f)];
        var w1 = Random((long)width * hidden);
        var w3 = Random((long)width * hidden);
        var w2 = Random((long)width * hidden);
        var x = Random(hidden);
        var gate = new float[width];
        var up = new float[width];
        var y = new float[hidden];
        void Call()
        {
            Gemm.Multiply(Transpose.None, Transpose.None, width, 1, hidden, w1, x, gate, accumulate: false);
            Gemm.Multiply(Transpose.None, Transpose.None, width, 1, hidden, w3, x, up, accumulate: false);
            for (var i = 0; i < width; i++) gate[i] = gate[i] / (1 + MathF.Exp(-gate[i])) * up[i];
            Gemm.Multiply(Transpose.None, Transpose.None, hidden, 1, width, w2, gate, y, accumulate: false);
        }
        Call();
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed < atLeast)
        {
            Call();
            calls++;
        }
        return calls * 6.0 * hidden * width / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Read bandwidth of every core summing its share of a 256 MiB buffer, best of three passes.</summary>
    public static double RamBandwidth()
    {
        var data = new float[64 << 20];
        data.AsSpan().Fill(1f);
        var parts = Environment.ProcessorCount;
        var best = 0.0;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            {
                var share = data.Length / parts;
                _ = TensorPrimitives.Sum(data.AsSpan(p * share, share));
            });
            best = Math.Max(best, data.Length * 4.0 / clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
