using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests;

/// <summary>An engine model with seeded random weights large enough to separate routings (matrices in ±0.5, gains
/// near 1), written as one safetensors checkpoint on disk, for tests that read experts from a real file.</summary>
internal static class RandomEngineCheckpoint
{
    public static string Write(EngineConfig config, int seed, string directory)
    {
        var model = new Transformer<float>(config);
        var rng = new Random(seed);
        foreach (var slot in model.Layout.Slots)
        {
            var view = slot.Of(model.Parameters);
            for (var i = 0; i < view.Length; i++)
                view[i] = slot.Shape.Length == 1 ? 1f + 0.2f * (float)(rng.NextDouble() - 0.5) : 0.5f * (float)(rng.NextDouble() * 2 - 1);
        }
        var inMemory = CheckpointTensorSource.FromModel(model);
        var path = Path.Combine(directory, $"engine-{seed}.safetensors");
        SafeTensorsFile.Write(path, inMemory.Names.Select(n => SafeTensor.FromFloats(n, inMemory.Info(n).Shape, inMemory.ReadFloats(n))).ToList(),
            inMemory.Metadata);
        return path;
    }
}
