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
            // The bus the simulator uses: anchored on the smallest read and on expert-sized random reads (enough of them
            // for a stable mean), the only transfer size it ever moves.
            var expertRead = Latency(reader, expertBytes, scratchBytes, options.Seed, minReads: 64);
            var bus = LatencyFit.Anchored(latency[0], expertRead, [.. latency, expertRead]);
            progress?.Report(0.5);
            var depth = ProbeOptions.QueueDepths.Select(q => QueueDepth(reader, q, expertBytes, scratchBytes, options.Seed)).ToList();
            progress?.Report(0.7);
            var flops = ExpertFlops(options.ExpertHidden, options.ExpertWidth, TimeSpan.FromSeconds(1));
            // Per-call overhead: a 16×16 expert is all overhead, and it stays in cache by design.
            var perCall = 1 / (ExpertFlops(16, 16, TimeSpan.FromSeconds(0.2), workingSetBytes: 0) / (6.0 * 16 * 16));
            progress?.Report(0.9);
            var ram = RamBandwidth();
            return new ProbeResult(options, reader.Mode, expertBytes, sequential, latency, fit, depth, flops, Gemm.Describe(), perCall, ram,
                GC.GetGCMemoryInfo().TotalAvailableMemoryBytes, fio) { ExpertRead = expertRead, Bus = bus };
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

    private static LatencyPoint Latency(DirectFileReader reader, long size, long fileBytes, long seed, int minReads = 8)
    {
        using var buffer = new AlignedBuffer(size);
        var random = SplitMix64.ForStream(seed, size);
        var slots = fileBytes / size;
        // Enough reads for a stable mean, capped so big sizes do not re-read the whole file many times.
        var reads = (int)Math.Clamp((64L << 20) / size, minReads, 256);
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

    /// <summary>
    /// FLOP/s of a SwiGLU expert applied to one token (gate and up GEMVs, SiLU·up, down GEMV: 6·d·H FLOPs), through the
    /// decoder's own <see cref="Layers.SwiGlu"/>. The calls cycle through enough distinct experts that their weights
    /// (at least <paramref name="workingSetBytes"/>) cannot stay in the CPU's caches: a runtime runs each expert once per
    /// token from memory a read has just filled, so a probe that reuses one cache-resident expert overstates it (2× on
    /// this project's 2-core machine at d = 256, H = 896).
    /// </summary>
    public static double ExpertFlops(int hidden, int width, TimeSpan atLeast, long workingSetBytes = 256L << 20)
    {
        var random = SplitMix64.ForStream(7);
        var expertFloats = 3L * width * hidden;
        var experts = (int)Math.Clamp(workingSetBytes / (expertFloats * 4), 1, 4096);
        var weights = new float[experts][];
        for (var e = 0; e < experts; e++)
        {
            weights[e] = new float[expertFloats];
            for (var i = 0; i < weights[e].Length; i++) weights[e][i] = (float)(random.NextDouble() - 0.5) * 0.04f;
        }
        var x = new float[hidden];
        for (var i = 0; i < hidden; i++) x[i] = (float)(random.NextDouble() - 0.5);
        var h1 = new float[width];
        var h3 = new float[width];
        var act = new float[width];
        var y = new float[hidden];
        var matrix = width * hidden;
        void Call(int e)
        {
            var w = weights[e].AsSpan();
            Layers.SwiGlu.Forward<float>(y, h1, h3, act, x, w[..matrix], w.Slice(matrix, matrix), w.Slice(2 * matrix, matrix), 1, hidden, width);
        }
        for (var e = 0; e < experts; e++) Call(e);
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed < atLeast || calls < experts)
        {
            Call((int)(calls % experts));
            calls++;
        }
        return calls * 6.0 * hidden * width / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Mean time of <paramref name="reads"/> expert reads through <paramref name="store"/> into one slot, in the order a
    /// decode makes them: layer after layer, one expert of each (chosen at random), then back to the first layer.
    /// Files lay experts out layer by layer, so these reads move forward through each file; on this project's virtual
    /// disk that ran at 2.0–2.7 GB/s where reads at random offsets ran at 1.2–1.4 GB/s (fio agrees), and a bus model
    /// from random reads predicted half the measured speed. The runtime's own reads of the weights' own files.
    /// </summary>
    public static LatencyPoint ExpertReads(ExpertStore store, int reads, long seed, int perLayer = 1)
    {
        using var slot = store.AllocateSlot();
        slot.Touch(); // as the runtime's slots are: a read must not pay for first-touch page faults
        var random = SplitMix64.ForStream(seed, 77);
        var layers = store.Layout.MoeLayers;
        var experts = store.Layout.ExpertCount;
        perLayer = Math.Clamp(perLayer, 1, experts);
        store.ReadExpert(layers[0], 0, slot);
        double seconds = 0;
        long bytes = 0;
        var chosen = new List<int>(perLayer);
        for (int i = 0, layer = 1; i < reads; layer++)
        {
            chosen.Clear();
            while (chosen.Count < perLayer)
            {
                var e = (int)random.NextInt64(experts);
                if (!chosen.Contains(e)) chosen.Add(e);
            }
            foreach (var e in chosen)
            {
                if (i++ >= reads) break;
                var r = store.ReadExpert(layers[layer % layers.Count], e, slot);
                seconds += r.Seconds;
                bytes = r.BytesRead;
            }
        }
        return new LatencyPoint(bytes, reads, seconds / reads);
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
