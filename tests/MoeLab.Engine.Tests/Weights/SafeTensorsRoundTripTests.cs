using System.Buffers.Binary;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Weights;

/// <summary>The streaming writer and the header reader agree, alone, across shards, and with independent formats.</summary>
public sealed class SafeTensorsRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-st-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static float[] Values(int n, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 4 - 2))];
    }

    /// <summary>Nearest bf16 found by comparing the two candidates in double arithmetic, ties to even mantissa.</summary>
    private static float ReferenceBf16(float x)
    {
        var bits = BitConverter.SingleToUInt32Bits(x);
        var lo = BitConverter.UInt32BitsToSingle(bits & 0xFFFF0000u);
        var hi = BitConverter.UInt32BitsToSingle((bits & 0xFFFF0000u) + 0x10000u);
        // Past the largest bf16 the upper candidate is infinity; rounding treats it as 2^128.
        var hiValue = float.IsInfinity(hi) ? Math.Pow(2, 128) : hi;
        double dLo = Math.Abs((double)x - lo), dHi = Math.Abs(hiValue - x);
        if (dLo < dHi) return lo;
        if (dHi < dLo) return hi;
        return ((bits >> 16) & 1) == 0 ? lo : hi;
    }

    private static Action<TensorEntry, Stream> FillFrom(Dictionary<string, float[]> values) => (t, stream) =>
    {
        var bytes = new byte[t.Bytes];
        SafeTensorsDType.FromFloat32(t.DType, values[t.Name], bytes);
        stream.Write(bytes);
    };

    [Fact]
    public void SingleFile_F32AndBf16_ReadBackExactly()
    {
        var values = new Dictionary<string, float[]> { ["a"] = Values(12, 1), ["b"] = Values(1000, 2), ["c"] = Values(7, 3) };
        TensorEntry[] tensors = [new("a", "F32", [3, 4]), new("b", "BF16", [10, 100]), new("c", "F32", [7])];
        var written = SafeTensorsWriter.Write(_dir, [tensors], 1L << 30, FillFrom(values));

        Assert.Single(written.Shards);
        Assert.Null(written.IndexPath);
        var source = SafeTensorsSource.Open(_dir);
        Assert.Equal(values["a"], source.ReadFloats("a"));
        Assert.Equal(values["c"], source.ReadFloats("c"));
        Assert.Equal(values["b"].Select(ReferenceBf16), source.ReadFloats("b"));
        Assert.Equal([10L, 100L], source.Info("b").Shape);
        Assert.Equal("pt", source.Metadata["format"]);

        // The existing whole-file reader (independent parser) sees the same F32 bytes and shapes.
        var (read, _) = SafeTensorsFile.Read(written.Shards[0].Path);
        Assert.Equal(values["a"], read["a"].ToFloats("x"));
        Assert.Equal(2000, read["b"].Bytes.Length);
    }

    [Fact]
    public void Bf16Bytes_AreTheRoundedTopHalves()
    {
        var x = new[] { 1.0f, -2.5f, 1.00390625f, 1.005859375f, float.MaxValue };
        var bytes = new byte[x.Length * 2];
        SafeTensorsDType.FromFloat32("BF16", x, bytes);
        for (var i = 0; i < x.Length; i++)
            Assert.Equal((ushort)(BitConverter.SingleToUInt32Bits(ReferenceBf16(x[i])) >> 16), BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2 * i)));
        Assert.Equal(0x3F80, BinaryPrimitives.ReadUInt16LittleEndian(bytes));
    }

    [Fact]
    public void Sharded_GroupsStayTogether_IndexMapsEveryTensor()
    {
        var values = new Dictionary<string, float[]>();
        var groups = new List<IReadOnlyList<TensorEntry>>();
        for (var g = 0; g < 5; g++)
        {
            var group = new List<TensorEntry>();
            for (var k = 0; k < 3; k++)
            {
                var name = $"g{g}.t{k}";
                values[name] = Values(100, g * 10 + k);
                group.Add(new TensorEntry(name, k == 1 ? "F32" : "BF16", [10, 10]));
            }
            groups.Add(group);
        }
        // 800 tensor bytes per group (200 + 400 + 200), limit 2100: two groups per shard → three shards.
        var written = SafeTensorsWriter.Write(_dir, groups, 2100, FillFrom(values));

        Assert.Equal(3, written.Shards.Count);
        Assert.Equal("model-00002-of-00003.safetensors", Path.GetFileName(written.Shards[1].Path));
        Assert.NotNull(written.IndexPath);
        var source = SafeTensorsSource.Open(written.IndexPath!);
        Assert.Equal(15, source.Names.Count);
        foreach (var (name, v) in values)
            Assert.Equal(source.Info(name).DType == "F32" ? v : v.Select(ReferenceBf16).ToArray(), source.ReadFloats(name));
        for (var g = 0; g < 5; g++)
            Assert.Single(Enumerable.Range(0, 3).Select(k => source.Info($"g{g}.t{k}").File).Distinct());
        Assert.Equal(source.Files.Count, SafeTensorsSource.Open(_dir).Files.Count);
    }

    [Fact]
    public void Staging_FailureLeavesNothing_ExistingTargetKeptWithoutOverwrite()
    {
        var target = Path.Combine(_dir, "model");
        using (var staging = StagingDirectory.Create(target, overwrite: false))
        {
            File.WriteAllText(Path.Combine(staging.Path, "x"), "partial");
            // No commit: as if generation threw.
        }
        Assert.Empty(Directory.GetFileSystemEntries(_dir));

        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep"), "old");
        Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => StagingDirectory.Create(target, overwrite: false));
        using (var staging = StagingDirectory.Create(target, overwrite: true))
        {
            File.WriteAllText(Path.Combine(staging.Path, "new"), "new");
            staging.Commit();
        }
        Assert.Equal(["new"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(_dir));
    }
}
