using System.Buffers.Binary;
using System.Text.Json;
using MoeLab.Engine.Offloading;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// The replay report explains peak RSS as budget + dense weights + the rest; the dense figure must be what the files
/// hold outside the routed experts. Counted here independently, from the safetensors headers of a float32 model.
/// </summary>
public sealed class DenseWeightBytesTests(ShrunkMixtralFixture model) : IClassFixture<ShrunkMixtralFixture>
{
    [Fact]
    public void DenseWeightBytes_Float32Mixtral_EqualsTheBytesOfEveryNonExpertTensorInTheFiles()
    {
        long fromFiles = 0;
        foreach (var file in Directory.GetFiles(model.Directory, "*.safetensors"))
        {
            using var stream = File.OpenRead(file);
            var prefix = new byte[8];
            stream.ReadExactly(prefix);
            var header = new byte[BinaryPrimitives.ReadInt64LittleEndian(prefix)];
            stream.ReadExactly(header);
            foreach (var tensor in JsonDocument.Parse(header).RootElement.EnumerateObject())
            {
                if (tensor.Name == "__metadata__" || tensor.Name.Contains(".experts.", StringComparison.Ordinal)) continue;
                Assert.Equal("F32", tensor.Value.GetProperty("dtype").GetString());
                var offsets = tensor.Value.GetProperty("data_offsets");
                fromFiles += offsets[1].GetInt64() - offsets[0].GetInt64();
            }
        }

        using var runtime = OffloadRuntime.Open(model.Directory);
        Assert.Equal(fromFiles, runtime.DenseWeightBytes);
    }
}
