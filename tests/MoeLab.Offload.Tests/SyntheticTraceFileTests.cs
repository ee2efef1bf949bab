using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Simulation;
using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Tests;

/// <summary>
/// `trace generate` streams the generator to the file: the bytes are those of the in-memory trace saved whole, the
/// hit-rate curve is the one replayed from the whole trace, memory does not grow with the token count, and a file
/// too big for its filesystem is refused before anything is generated.
/// </summary>
public sealed class SyntheticTraceFileTests : IDisposable
{
    private static readonly TraceShape Shape = new(4, 8, 2);
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-synthetic-file-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, double, double, double, int, int> Cases => new()
    {
        { "jsonl", 0.8, 0, 0, 0, 1 },
        { "csv", 1.1, 0.4, 0.3, 50, 42 },
        { "moetrace", 0.5, 0.7, 0, 7, 3 },
        { "jsonl", 0, 0.2, 0.6, 0, 9 },
        { "csv", 2.0, 0, 0, 0, 5 },
        { "moetrace", 1.2, 0.3, 0.3, 100, 11 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streamed_EqualsInMemoryTraceSavedWhole_ByteForByte(string extension, double zipf, double sticky, double cross, int switchEvery, int seed)
    {
        var parameters = new SyntheticRoutingParameters(zipf, sticky, cross, switchEvery);
        var streamed = Path.Combine(_dir, $"streamed.{extension}");
        var whole = Path.Combine(_dir, $"whole.{extension}");
        var result = SyntheticTraceFile.Write(streamed, Shape, 1234, parameters, seed);
        var trace = SyntheticRoutingGenerator.Generate(Shape, 1234, parameters, seed);
        TraceFiles.Save(trace, whole);

        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(streamed));
        Assert.Equal(new FileInfo(whole).Length, result.Bytes);
        // Read back: the writers put down exactly the generated routing.
        var read = TraceFiles.Load(streamed, Shape);
        Assert.Equal(trace.AllExperts.ToArray(), read.AllExperts.ToArray());
        Assert.Equal(trace.AllGates.ToArray(), read.AllGates.ToArray());
    }

    [Fact]
    public void Streamed_HitRateCurve_EqualsReplayOfWholeTraceAtEachCapacity()
    {
        var shape = new TraceShape(3, 16, 3);
        var parameters = new SyntheticRoutingParameters(0.9, 0.4, 0.2);
        var result = SyntheticTraceFile.Write(Path.Combine(_dir, "t.moetrace"), shape, 3000, parameters, 4);
        var trace = SyntheticRoutingGenerator.Generate(shape, 3000, parameters, 4);
        // Independently: one replay of the whole trace per cache size through the simulator's request stream.
        var requests = RequestStream.FromTrace(trace);
        for (var c = 1; c < shape.ExpertsPerLayer; c++)
        {
            var expected = c < shape.TopK ? 0 : CacheReplay.Run(requests, CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(c), 1).Counters.HitRate;
            Assert.Equal(expected, result.LruHitRateCurve[c - 1]);
        }
        Assert.Equal(result.LruHitRateCurve, TraceStatistics.LruHitRateCurve(trace));
    }

    [Theory]
    [InlineData(TraceFormat.Binary)]
    [InlineData(TraceFormat.Csv)]
    [InlineData(TraceFormat.Jsonl)]
    public void Writing_AllocatesTheSameForTenTimesTheTokens(TraceFormat format)
    {
        // Memory bounded in the token count: every allocation happens up front (tables, buffers), none per token,
        // so writing 10× the tokens allocates no more. Measured on this thread, where all the work runs.
        long Allocated(int tokens)
        {
            var path = Path.Combine(_dir, $"a{tokens}.{Extension(format)}");
            var before = GC.GetAllocatedBytesForCurrentThread();
            SyntheticTraceFile.Write(path, Shape, tokens, new SyntheticRoutingParameters(0.8, 0.3, 0.2, 500), 1);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            File.Delete(path);
            return allocated;
        }
        Allocated(2_000); // warm-up: first-call JIT and static tables
        var small = Allocated(4_000);
        var large = Allocated(40_000);
        Assert.True(large - small < 16 * 1024, $"{format}: {small:N0} B allocated for 4,000 tokens, {large:N0} B for 40,000");
    }

    [Theory]
    [InlineData(TraceFormat.Csv, 1000)]
    [InlineData(TraceFormat.Jsonl, 1000)]
    [InlineData(TraceFormat.Binary, 1000)]
    [InlineData(TraceFormat.Csv, 25_000)]
    [InlineData(TraceFormat.Jsonl, 25_000)]
    [InlineData(TraceFormat.Binary, 25_000)]
    public void EstimatedBytes_ExactUpToTheSample_CloseBeyond(TraceFormat format, int tokens)
    {
        var parameters = new SyntheticRoutingParameters(0.8, 0.3);
        var path = Path.Combine(_dir, $"e.{Extension(format)}");
        var estimate = SyntheticTraceFile.EstimateBytes(format, Shape, tokens, parameters, 2);
        var actual = SyntheticTraceFile.Write(path, Shape, tokens, parameters, 2).Bytes;
        Assert.Equal(actual, new FileInfo(path).Length);
        if (format == TraceFormat.Binary || tokens <= 1000) Assert.Equal(actual, estimate);
        else Assert.InRange(estimate, actual * 0.995, actual * 1.005);
    }

    [Fact]
    public void IndexDigits_MatchesCountingEveryIndex()
    {
        long counted = 0;
        for (var n = 0; n <= 12_345; n++)
        {
            Assert.Equal(counted, SyntheticTraceFile.IndexDigits(n));
            counted += n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        }
        // 0–9: 10 one-digit indices, 10–99: 90 two-digit, 100–999: 900 three-digit.
        Assert.Equal(10 + 180 + 2700, SyntheticTraceFile.IndexDigits(1000));
    }

    [Fact]
    public void TooBigForTheFilesystem_RefusedBeforeAnyWork_NamingBothSizes()
    {
        // 2³¹−1 tokens of a 64-layer, top-8 model is ~6.6 TB in the binary format, more than any test machine has free.
        var shape = new TraceShape(64, 256, 8);
        var path = Path.Combine(_dir, "huge.moetrace");
        var needed = SyntheticTraceFile.EstimateBytes(TraceFormat.Binary, shape, int.MaxValue, new SyntheticRoutingParameters(0.8), 1);
        Assert.True(needed > FreeSpace.AvailableBytes(path)!.Value);
        var e = Assert.Throws<InvalidInputException>(() => SyntheticTraceFile.Write(path, shape, int.MaxValue, new SyntheticRoutingParameters(0.8), 1));
        Assert.Contains(path, e.Message);
        Assert.Contains("'tokens'", e.Message);
        Assert.Contains($"{needed:N0} bytes", e.Message);
        Assert.Contains("free", e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void FreeSpace_FilesChecked_DevicesWrittenThroughAreNot()
    {
        var path = Path.Combine(_dir, "t.moetrace");
        Assert.InRange(FreeSpace.AvailableBytes(path)!.Value, 1, long.MaxValue);
        FreeSpace.Require(path, 1, "tokens");
        Assert.Throws<InvalidInputException>(() => FreeSpace.Require(path, long.MaxValue, "tokens"));
        // A device has no filesystem to fill: written straight through, never refused for its size.
        Assert.Null(FreeSpace.AvailableBytes("/dev/null"));
        FreeSpace.Require("/dev/null", long.MaxValue, "tokens");
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    private static string Extension(TraceFormat format) => format switch
    {
        TraceFormat.Binary => "moetrace",
        TraceFormat.Csv => "csv",
        _ => "jsonl",
    };
}
