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
        if (!IsSafeTensorsFile(nameOrPath)) return ModelPresets.Resolve(nameOrPath);
        // Checkpoint.ReadConfig refuses, naming the file and __metadata__.format, a safetensors file that is not an engine checkpoint.
        var config = Checkpoint.ReadConfig(nameOrPath, SafeTensorsHeader.Read(nameOrPath).Metadata);
        return new ImportedModel(config.ToMoeSpec(Path.GetFileNameWithoutExtension(nameOrPath)), nameOrPath, ModelSourceKind.EngineCheckpoint, "moelab-engine", null);
    }

    private static bool IsSafeTensorsFile(string path) => path.EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase) && File.Exists(path);
}
