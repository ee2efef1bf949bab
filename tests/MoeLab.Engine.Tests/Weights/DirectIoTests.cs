using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Weights;

/// <summary>Direct reads return the file's bytes, keep out of the page cache, and the store yields the right matrices.</summary>
public sealed class DirectIoTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-dio-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string RandomFile(int bytes, int seed)
    {
        var data = new byte[bytes];
        new Random(seed).NextBytes(data);
        var path = Path.Combine(_dir, $"f{seed}.bin");
        File.WriteAllBytes(path, data);
        return path;
    }

    [Fact]
    public void UnalignedRanges_MatchPlainReads()
    {
        var path = RandomFile(3 * 1024 * 1024 + 123, 1);
        var plain = File.ReadAllBytes(path);
        using var reader = DirectFileReader.Open(path);
        using var buffer = new AlignedBuffer(2 * 1024 * 1024);
        var random = new Random(2);
        (long Offset, int Length)[] ranges = [(0, 1), (4095, 2), (4096, 4096), (plain.Length - 77, 77), (1, 1024 * 1024 + 5), .. Enumerable.Range(0, 20).Select(_ => ((long)random.Next(plain.Length - 1_000_000), random.Next(1, 1_000_000)))];
        foreach (var (offset, length) in ranges)
        {
            var at = reader.Read(offset, length, buffer.Span, out var transferred);
            Assert.True(buffer.Span.Slice(at, length).SequenceEqual(plain.AsSpan((int)offset, length)), $"range {offset}+{length}");
            Assert.InRange(transferred, length, length + 2 * DirectFileReader.Alignment);
        }
    }

    [Fact]
    public void DirectRead_LeavesPageCacheEmpty_BufferedReadFillsIt()
    {
        var path = RandomFile(8 * 1024 * 1024, 3);
        PageCache.DropFile(path);
        Assert.Equal(0, PageCache.ResidentBytes(path, 0, 8 * 1024 * 1024));

        using (var reader = DirectFileReader.Open(path))
        using (var buffer = new AlignedBuffer(4 * 1024 * 1024 + 8192))
        {
            reader.Read(1_000_000, 4 * 1024 * 1024, buffer.Span, out _);
            Assert.True(reader.IsDirect || reader.FallbackReason is not null);
        }
        Assert.Equal(0, PageCache.ResidentBytes(path, 0, 8 * 1024 * 1024));

        // The check can see cached pages: an ordinary read of the same range leaves them resident.
        using (var stream = File.OpenRead(path))
        {
            stream.Position = 1_000_000;
            stream.ReadExactly(new byte[4 * 1024 * 1024]);
        }
        Assert.True(PageCache.ResidentBytes(path, 1_000_000, 4 * 1024 * 1024) > 0);
    }

    [Fact]
    public void TmpDirectory_IsReadWithODirectHere()
    {
        // /tmp is ext4 on the build machines; if this fails the fallback is being taken where it should not be.
        using var reader = DirectFileReader.Open(RandomFile(4096, 4));
        Assert.True(reader.IsDirect, reader.Mode);
    }

    [Fact]
    public void ExpertStore_Bf16HuggingFace_MatchesSourceFloats_OneReadPerExpert_Concurrently()
    {
        var model = HuggingFaceModelConfig.FromJson(WeightsSynthesizerTests.TinyMixtral(), "tiny.json", "tiny");
        var result = WeightsSynthesizer.Synthesize(model, Path.Combine(_dir, "m"), new SynthesisOptions("BF16", ShardBytes: 30_000));
        var source = SafeTensorsSource.Open(result.Directory);
        using var store = new ExpertStore(ExpertLayout.For(source));
        Assert.Equal(3L * 96 * 64 * 4, store.FloatBytes);
        Assert.Equal(0, store.SlotBytes % DirectFileReader.Alignment);

        Parallel.ForEach(ExpertLayout.For(source).All, new ParallelOptions { MaxDegreeOfParallelism = 4 }, e =>
        {
            using var slot = store.AllocateSlot();
            var read = store.ReadExpert(e.Layer, e.Expert, slot);
            Assert.Equal(1, read.ReadsIssued);
            Assert.True(read.BytesRead >= result.BytesPerExpert);
            var p = $"model.layers.{e.Layer}.block_sparse_moe.experts.{e.Expert}.";
            Assert.Equal(source.ReadFloats(p + "w1.weight"), slot.Gate.ToArray());
            Assert.Equal(source.ReadFloats(p + "w3.weight"), slot.Up.ToArray());
            Assert.Equal(source.ReadFloats(p + "w2.weight"), slot.Down.ToArray());
            Assert.Equal((64, 96), (slot.Hidden, slot.Width));
        });
    }

    [Fact]
    public void ExpertStore_EngineStackedF32_SlicesTheStacks()
    {
        const int e = 3, h = 5, d = 4;
        float[] Seq(int n, float start) => [.. Enumerable.Range(0, n).Select(i => start + i)];
        var path = Path.Combine(_dir, "engine.safetensors");
        SafeTensorsFile.Write(path, [
            SafeTensor.FromFloats("layers.0.moe.gate.weight", [e, d], Seq(e * d, -1)),
            SafeTensor.FromFloats("layers.0.moe.experts.w1", [e, h, d], Seq(e * h * d, 0)),
            SafeTensor.FromFloats("layers.0.moe.experts.w3", [e, h, d], Seq(e * h * d, 1000)),
            SafeTensor.FromFloats("layers.0.moe.experts.w2", [e, d, h], Seq(e * h * d, 2000)),
        ], new Dictionary<string, string>());
        var layout = ExpertLayout.For(SafeTensorsSource.Open(path));
        Assert.Equal(("moelab-engine", e, d, h), (layout.Family, layout.ExpertCount, layout.Hidden, layout.Width));
        using var store = new ExpertStore(layout);
        Assert.Equal(0, store.FloatBytes);
        using var slot = store.AllocateSlot();
        var read = store.ReadExpert(0, 2, slot);
        Assert.Equal(3, read.ReadsIssued);
        Assert.Equal(Seq(h * d, 2 * h * d), slot.Gate.ToArray());
        Assert.Equal(Seq(h * d, 1000 + 2 * h * d), slot.Up.ToArray());
        Assert.Equal(Seq(h * d, 2000 + 2 * h * d), slot.Down.ToArray());
    }
}
