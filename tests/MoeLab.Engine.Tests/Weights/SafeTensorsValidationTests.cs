using System.Buffers.Binary;
using System.Text;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Weights;

/// <summary>Every malformed header is an InvalidInputException naming the file and, where there is one, the tensor.</summary>
public sealed class SafeTensorsValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-stv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string header, int dataBytes, string name = "m.safetensors", ulong? declaredLength = null)
    {
        var json = Encoding.UTF8.GetBytes(header);
        var bytes = new byte[8 + json.Length + dataBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, declaredLength ?? (ulong)json.Length);
        json.CopyTo(bytes, 8);
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void Fails(string path, string? tensor, string because)
    {
        var e = Assert.Throws<InvalidInputException>(() => SafeTensorsSource.Open(path));
        Assert.Contains(Path.GetFileName(path), e.Message);
        if (tensor is not null) Assert.Equal(tensor, e.Field);
        Assert.Contains(because, e.Message);
    }

    [Fact]
    public void Truncated_ShorterThanLengthPrefix()
    {
        var path = Path.Combine(_dir, "short.safetensors");
        System.IO.File.WriteAllBytes(path, [1, 2, 3]);
        Fails(path, null, "truncated");
    }

    [Fact]
    public void HeaderLengthBeyondFile() => Fails(File("{}", 0, declaredLength: 1000), null, "runs past the end");

    [Fact]
    public void HeaderLengthHuge_RefusedBeforeAllocating() => Fails(File("{}", 0, declaredLength: 1UL << 40), null, "limit");

    [Fact]
    public void HeaderNotJson() => Fails(File("{not json", 0), null, "not valid JSON");

    [Fact]
    public void DuplicateKey() =>
        Fails(File("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}""", 8), "w", "duplicate");

    [Fact]
    public void UnknownDType() => Fails(File("""{"w":{"dtype":"F13","shape":[1],"data_offsets":[0,4]}}""", 4), "w", "unknown dtype 'F13'");

    [Fact]
    public void OffsetsDoNotMatchShape() => Fails(File("""{"w":{"dtype":"BF16","shape":[2,3],"data_offsets":[0,8]}}""", 12), "w", "do not match shape [2,3]");

    [Fact]
    public void OffsetsPastEndOfFile() => Fails(File("""{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}""", 8), "w", "past the end");

    [Fact]
    public void ShapeProductOverflows() =>
        Fails(File("""{"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}""", 4), "w", "overflows");

    [Fact]
    public void NegativeShape() => Fails(File("""{"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}""", 4), "w", "non-negative");

    [Fact]
    public void OverlappingTensors() =>
        Fails(File("""{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}""", 12), "b", "overlaps tensor 'a'");

    [Fact]
    public void MissingDataOffsets() => Fails(File("""{"w":{"dtype":"F32","shape":[1]}}""", 4), "w", "data_offsets");

    [Fact]
    public void Index_MissingShard()
    {
        var index = Path.Combine(_dir, SafeTensorsSource.IndexFileName);
        System.IO.File.WriteAllText(index, """{"weight_map":{"w":"model-00001-of-00002.safetensors"}}""");
        Fails(index, "weight_map.w", "not found");
    }

    [Fact]
    public void Index_TensorMissingFromItsShard()
    {
        File("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""", 4, "shard.safetensors");
        var index = Path.Combine(_dir, SafeTensorsSource.IndexFileName);
        System.IO.File.WriteAllText(index, """{"weight_map":{"w":"shard.safetensors","lost":"shard.safetensors"}}""");
        var e = Assert.Throws<InvalidInputException>(() => SafeTensorsSource.Open(_dir));
        Assert.Contains("shard.safetensors", e.Message);
        Assert.Equal("lost", e.Field);
    }

    [Fact]
    public void MissingTensor_NamedOnLookup()
    {
        var path = File("""{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}""", 4);
        var e = Assert.Throws<InvalidInputException>(() => SafeTensorsSource.Open(path).Info("nope"));
        Assert.Equal("nope", e.Field);
    }
}
