using System.Globalization;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Engine models as <see cref="ITensorSource"/>s, so the decoder reads an engine checkpoint through the same
/// contract as Hugging Face shards: parameters under their layout names (a tied LM head only as the embedding) and
/// the checkpoint's metadata (format tag and model config), without the optimizer moments.
/// </summary>
public static class CheckpointTensorSource
{
    private const string OptimizerPrefix = "optimizer.";

    /// <summary>A checkpoint written by `moelab train --out`, read whole into RAM (engine models are small).</summary>
    public static InMemoryTensorSource Open(string path)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        var source = new InMemoryTensorSource(path, metadata);
        foreach (var (name, tensor) in tensors)
        {
            if (name.StartsWith(OptimizerPrefix, StringComparison.Ordinal)) continue;
            source.Add(name, tensor.Shape, tensor.ToFloats(path));
        }
        return source;
    }

    /// <summary>A model in memory (e.g. just trained), with the metadata a checkpoint of it would carry.</summary>
    public static InMemoryTensorSource FromModel(Transformer<float> model, string description = "in-memory engine model")
    {
        var metadata = new Dictionary<string, string>
        {
            ["format"] = Checkpoint.Format,
            ["format_version"] = Checkpoint.Version.ToString(CultureInfo.InvariantCulture),
            ["config"] = Checkpoint.SerializeConfig(model.Config),
        };
        var source = new InMemoryTensorSource(description, metadata);
        foreach (var slot in model.Layout.Slots)
            source.Add(slot.Name, slot.Shape.Select(d => (long)d).ToArray(), slot.Of(model.Parameters).ToArray());
        return source;
    }
}
