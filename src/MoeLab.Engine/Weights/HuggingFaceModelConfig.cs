using System.Text.Json.Nodes;
using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// A Hugging Face config.json as raw JSON (the keys a model directory must carry) together with the spec the
/// importer derives from it (which validates it and answers which layers are MoE, head geometry, etc.).
/// </summary>
public sealed record HuggingFaceModelConfig(JsonObject Config, MoeSpec Spec, string ModelType, string Source)
{
    /// <summary>A preset name or a path to a config.json / reference wrapper, resolved as `moelab inspect` does.</summary>
    public static HuggingFaceModelConfig Resolve(string nameOrPath)
    {
        var imported = ModelPresets.Resolve(nameOrPath);
        if (imported.Kind == ModelSourceKind.MoeLabSpec)
            throw new InvalidInputException("is a MoeLab spec; weights need a Hugging Face config.json (or a preset)", source: imported.Source);
        var text = File.Exists(nameOrPath) ? File.ReadAllText(nameOrPath) : ModelPresets.GetText(nameOrPath);
        var root = JsonFields.ParseObject(text, imported.Source).Json;
        // Reference-data wrappers keep the config.json under "config".
        var config = root["config"] is JsonObject inner ? inner : root;
        return FromJson((JsonObject)config.DeepClone(), imported.Source, imported.Spec.Name);
    }

    /// <summary>Imports <paramref name="config"/> (validating it); <paramref name="source"/> names it in errors.</summary>
    public static HuggingFaceModelConfig FromJson(JsonObject config, string source, string name)
    {
        var fields = new JsonFields(config, source);
        var spec = HuggingFaceConfigImporter.Import(fields, name);
        var modelType = config["model_type"]?.GetValue<string>() ?? "";
        return new HuggingFaceModelConfig(config, spec, modelType, source);
    }
}
