using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Model;

/// <summary>
/// The one place a command's model argument becomes a model: an engine checkpoint (.safetensors written by
/// `moelab train`, its shape read from the config in its metadata, the weights left on disk), or else whatever
/// <see cref="ModelPresets.Resolve"/> takes (a preset name, a config.json, a MoeLab spec JSON). Every command that
/// accounts a model by name asks here, so a checkpoint is accepted wherever a model is.
/// </summary>
public static class ModelResolver
{
    public static ImportedModel Resolve(string nameOrPath)
    {
        if (EngineCheckpointConfig(nameOrPath) is not { } config) return ModelPresets.Resolve(nameOrPath);
        return new ImportedModel(config.ToMoeSpec(Path.GetFileNameWithoutExtension(nameOrPath)), nameOrPath, ModelSourceKind.EngineCheckpoint, "moelab-engine", null);
    }

    /// <summary>
    /// The exact engine shape stored in a checkpoint written by `moelab train --out` (so `train --spec ckpt.safetensors`
    /// trains a fresh model of that shape); null when <paramref name="path"/> is not a .safetensors file.
    /// </summary>
    public static EngineConfig? EngineCheckpointConfig(string path)
    {
        if (!IsSafeTensorsFile(path)) return null;
        var metadata = SafeTensorsHeader.Read(path).Metadata;
        // Weights from elsewhere (a Hugging Face shard) carry no shape; the model is described by the config.json beside them.
        if (!metadata.ContainsKey("format"))
            throw new MoeLab.Core.Validation.InvalidInputException(
                "this is a safetensors weights file, not a MoeLab engine checkpoint: give the model's config.json, a MoeLab spec JSON or a preset name (or a checkpoint written by `moelab train --out FILE`)",
                source: path, field: "__metadata__.format");
        // Checkpoint.ReadConfig refuses, naming the file and field, another tool's format or another checkpoint version.
        return Checkpoint.ReadConfig(path, metadata);
    }

    private static bool IsSafeTensorsFile(string path) => path.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase) && File.Exists(path);
}
