using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Engine.Offloading;
using MoeLab.Engine.Weights;
using Xunit.Abstractions;

namespace MoeLab.Engine.Tests;

public sealed class MappedExpertSourceTests(ITestOutputHelper output) : IDisposable
{
    // On the checkout's disk (the test output directory), where fadvise DONTNEED can make a file cold.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "mapped-expert-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(MappedAccess.Lazy)]
    [InlineData(MappedAccess.Random)]
    [InlineData(MappedAccess.Populate)]
    public void EngineCheckpointOnDisk_MappedLogitsAreBitIdenticalToResident(MappedAccess access)
    {
        var (weights, architecture) = EngineCheckpoint(seed: 21);
        using var mapped = new MappedExpertSource(weights, architecture, access);
        var tokens = Tokens(architecture.MaxPositions, seed: 5, architecture.VocabSize);
        AssertSameLogits(weights, architecture, mapped, tokens);
        Assert.Equal([weights.Info("tok_embeddings.weight").File], mapped.Files);
        Assert.Equal((long)tokens.Length * architecture.MoeLayerCount * architecture.TopK, mapped.ExpertsServed);
        Assert.Equal(mapped.ExpertsServed * 3 * 4L * architecture.ExpertHidden * architecture.ModelDim, mapped.BytesServed);
        Assert.Equal(0, mapped.WidenedValues);
    }

    [Theory]
    [InlineData("F32", "F32", "F32")]
    [InlineData("BF16", "BF16", "BF16")]
    [InlineData("F16", "F16", "F16")]
    public void MixtralShardsOnDisk_MappedLogitsAreBitIdenticalToResident(string w1, string w3, string w2)
    {
        var mixtral = new TinyMixtral(seed: 13);
        var weights = WriteMixtral(mixtral, new Dictionary<string, string> { ["w1"] = w1, ["w3"] = w3, ["w2"] = w2 });
        var architecture = DecoderArchitecture.Read(weights);
        Assert.Equal(ModelFamily.Mixtral, architecture.Family);
        using var mapped = new MappedExpertSource(weights, architecture);
        // Layer 0's experts are in the first shard, layer 1's in the second: both are mapped.
        Assert.Equal(2, mapped.Files.Count);
        var tokens = Tokens(24, seed: 8, TinyMixtral.V);
        AssertSameLogits(weights, architecture, mapped, tokens);
        var widenedMatrices = new[] { w1, w3, w2 }.Count(t => t != "F32");
        Assert.Equal(mapped.ExpertsServed * widenedMatrices * TinyMixtral.H * TinyMixtral.D, mapped.WidenedValues);
    }

    [Fact]
    public void ColdPageCache_ExpertsComeInThroughMajorFaults()
    {
        if (PageCacheTests.CannotDrop(_dir, output)) return;
        var (weights, architecture) = EngineCheckpoint(seed: 22);
        var path = weights.Info("tok_embeddings.weight").File;
        // The decoder reads its dense weights now; only the mapped experts touch the file afterwards.
        using var mapped = new MappedExpertSource(weights, architecture, MappedAccess.Random);
        var decoder = new MoeDecoder(weights, architecture, mapped);
        PageCache.DropFile(path);
        var cold = mapped.ResidentBytes();
        Assert.True(cold <= mapped.MappedBytes / 10, $"{cold} of {mapped.MappedBytes} bytes resident after DropFile");
        mapped.ResetCounters();

        foreach (var t in Tokens(8, seed: 6, architecture.VocabSize)) decoder.Step(t);

        var faults = mapped.Faults!.Value;
        var warm = mapped.ResidentBytes();
        output.WriteLine($"file {mapped.MappedBytes} B: resident {cold} → {warm} B; {mapped.ExpertsServed} experts served " +
                         $"({mapped.BytesServed} B); process faults major {faults.Major}, minor {faults.Minor}");
        Assert.True(faults.Major >= 1, "a cold mapped expert must be read from the device (a major fault)");
        Assert.True(warm > cold, $"resident bytes did not grow ({cold} → {warm})");
        Assert.Equal(warm, PageCache.ResidentBytes(path));
    }

    [Fact]
    public void Populate_ReadsTheWholeFileAtConstruction()
    {
        if (PageCacheTests.CannotDrop(_dir, output)) return;
        var (weights, architecture) = EngineCheckpoint(seed: 23);
        var path = weights.Info("tok_embeddings.weight").File;
        PageCache.DropFile(path);
        Assert.True(PageCache.ResidentBytes(path) <= new FileInfo(path).Length / 10);
        using var mapped = new MappedExpertSource(weights, architecture, MappedAccess.Populate);
        Assert.Equal(mapped.MappedBytes, mapped.ResidentBytes());
    }

    [Fact]
    public void Refusals_NamedClearly()
    {
        var mixtral = new TinyMixtral(seed: 3);
        var architecture = DecoderArchitecture.Read(mixtral.Source(), TinyMixtral.Config());
        var inMemory = Assert.Throws<InvalidInputException>(() => new MappedExpertSource(mixtral.Source(), architecture));
        Assert.Contains("mmap needs file-backed weights", inMemory.Message);

        var weights = WriteMixtral(mixtral, new Dictionary<string, string> { ["w1"] = "BF16", ["w3"] = "BF16", ["w2"] = "BF16" });
        var mapped = new MappedExpertSource(weights, architecture);
        Assert.Throws<InvalidOperationException>(() => mapped.Get(0, 1));
        mapped.Prepare(0, [1, 3], new float[TinyMixtral.D]);
        Assert.Equal(TinyMixtral.H * TinyMixtral.D, mapped.Get(0, 3).W1.Length);
        Assert.Throws<InvalidOperationException>(() => mapped.Get(0, 2));
        Assert.Throws<InvalidOperationException>(() => mapped.Get(1, 1));
        Assert.Throws<InvalidInputException>(() => mapped.Prepare(0, [TinyMixtral.E], default));
        Assert.Throws<InvalidInputException>(() => mapped.Get(TinyMixtral.L, 0));
        mapped.Dispose();
        Assert.Throws<ObjectDisposedException>(() => mapped.Get(0, 3));
    }

    [Fact]
    public void EngineDenseLayer_HasNoRoutedExperts()
    {
        var (weights, architecture) = EngineCheckpoint(seed: 24);
        Assert.False(architecture.IsMoeLayer(0));
        using var mapped = new MappedExpertSource(weights, architecture);
        Assert.Throws<InvalidInputException>(() => mapped.Prepare(0, [0], default));
    }

    /// <summary>Two decoders over the same file-backed weights, one with every expert resident, one mapped:
    /// the same float32 operations on the same values, so the logits must agree to the bit.</summary>
    private static void AssertSameLogits(ITensorSource weights, DecoderArchitecture architecture, MappedExpertSource mapped, int[] tokens)
    {
        var resident = new MoeDecoder(weights, architecture, new ResidentExpertSource(weights, architecture));
        var viaMap = new MoeDecoder(weights, architecture, mapped);
        for (var t = 0; t < tokens.Length; t++)
        {
            var expected = MemoryMarshal.Cast<float, int>(resident.Step(tokens[t])).ToArray();
            var actual = MemoryMarshal.Cast<float, int>(viaMap.Step(tokens[t])).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"logits differ at position {t}");
            for (var l = 0; l < architecture.Layers; l++)
                Assert.Equal(resident.RoutedExperts(l).ToArray(), viaMap.RoutedExperts(l).ToArray());
        }
    }

    /// <summary>A three-layer engine MoE (first layer dense, a shared expert) written as a checkpoint with
    /// SafeTensorsFile and opened from disk.</summary>
    private (SafeTensorsSource, DecoderArchitecture) EngineCheckpoint(int seed)
    {
        var path = RandomEngineCheckpoint.Write(TinyModels.Moe(tied: false, shared: 1) with { Layers = 3, ContextLength = 12 }, seed, _dir);
        var weights = SafeTensorsSource.Open(path);
        var architecture = DecoderArchitecture.Read(weights);
        Assert.Equal(ModelFamily.Engine, architecture.Family);
        return (weights, architecture);
    }

    /// <summary>The tiny Mixtral as two shards plus config.json, experts in the given dtypes by matrix (w1/w3/w2).</summary>
    private SafeTensorsSource WriteMixtral(TinyMixtral mixtral, IReadOnlyDictionary<string, string> expertDTypes)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "mixtral-" + string.Join("-", expertDTypes.Values))).FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), TinyMixtral.Config().ToJsonString());
        var shards = new[] { new List<SafeTensor>(), new List<SafeTensor>() };
        foreach (var (name, (shape, data)) in mixtral.Tensors)
        {
            var matrix = name.Contains(".experts.", StringComparison.Ordinal) ? name.Split('.')[^2] : null;
            var tensor = Encode(name, shape, data, matrix is null ? "F32" : expertDTypes[matrix]);
            shards[name.StartsWith("model.layers.0.", StringComparison.Ordinal) ? 0 : 1].Add(tensor);
        }
        var files = shards.Select((s, i) => Path.Combine(dir, $"model-0000{i + 1}-of-00002.safetensors")).ToArray();
        for (var i = 0; i < 2; i++) SafeTensorsFile.Write(files[i], shards[i], new Dictionary<string, string> { ["format"] = "pt" });
        var weightMap = new System.Text.Json.Nodes.JsonObject();
        for (var i = 0; i < 2; i++)
            foreach (var t in shards[i]) weightMap[t.Name] = Path.GetFileName(files[i]);
        File.WriteAllText(Path.Combine(dir, SafeTensorsSource.IndexFileName),
            new System.Text.Json.Nodes.JsonObject { ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["weight_map"] = weightMap }.ToJsonString());
        return SafeTensorsSource.Open(dir);
    }

    private static SafeTensor Encode(string name, long[] shape, float[] data, string dtype) => dtype switch
    {
        "F32" => SafeTensor.FromFloats(name, shape, data),
        "BF16" => new SafeTensor(name, dtype, shape, MemoryMarshal.AsBytes(data.Select(ToBFloat16).ToArray().AsSpan()).ToArray()),
        "F16" => new SafeTensor(name, dtype, shape, MemoryMarshal.AsBytes(data.Select(x => (Half)x).ToArray().AsSpan()).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype)),
    };

    // Round to nearest even on the dropped 16 bits (finite test values only).
    private static ushort ToBFloat16(float x)
    {
        var bits = BitConverter.SingleToUInt32Bits(x);
        return (ushort)((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16);
    }

    private static int[] Tokens(int count, int seed, int vocab)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => rng.Next(vocab)).ToArray();
    }
}
