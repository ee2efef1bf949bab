using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Checkpoints;

/// <summary>
/// One setting the user gave explicitly: the <see cref="TrainingOptions"/> property (or with <paramref name="OfModel"/>
/// the <see cref="EngineConfig"/> property), the flag that set it, its value.
/// </summary>
public sealed record ExpectedSetting(string Property, string Flag, object Value, bool OfModel = false);

/// <summary>
/// What a resuming command line asked for besides the checkpoint: a model (when it named a preset or a spec; null
/// otherwise) and the settings it gave explicitly (shape overrides, training options). A checkpoint resumes with its own model and
/// settings, so anything asked for that differs is refused rather than silently ignored.
/// </summary>
/// <param name="ModelSource">How the command line named the model, for the message (e.g. <c>--preset small-moe</c>).</param>
public sealed record ResumeExpectation(EngineConfig? Model, string ModelSource, IReadOnlyList<ExpectedSetting> Settings)
{
    /// <summary>Throws a bad-input error naming <paramref name="path"/> and the first field that differs.</summary>
    public void Check(string path, EngineConfig config, TrainingOptions options)
    {
        if (Model is not null)
        {
            var stored = (JsonObject)JsonSerializer.SerializeToNode(config, Checkpoint.Json)!;
            var asked = (JsonObject)JsonSerializer.SerializeToNode(Model, Checkpoint.Json)!;
            foreach (var (name, value) in stored)
            {
                if (JsonNode.DeepEquals(value, asked[name])) continue;
                throw new InvalidInputException(
                    $"the checkpoint's model has {name} {value?.ToJsonString()}, {ModelSource} has {asked[name]?.ToJsonString()}; a checkpoint resumes with its own model (leave out {ModelSource}, or start a new run)",
                    source: path, field: "__metadata__.config." + name);
            }
        }
        foreach (var setting in Settings)
        {
            var (owner, key) = setting.OfModel ? ((object)config, "config") : (options, "training");
            var property = owner.GetType().GetProperty(setting.Property)
                ?? throw new ArgumentException($"{owner.GetType().Name} has no property {setting.Property}", nameof(Settings));
            var stored = property.GetValue(owner);
            if (Equals(stored, setting.Value)) continue;
            throw new InvalidInputException(
                $"the checkpoint was trained with {setting.Flag} {Show(stored)}, the command line gives {Show(setting.Value)}; a resumed run keeps its own settings (leave out {setting.Flag}, or start a new run)",
                source: path, field: $"__metadata__.{key}.{setting.Property}");
        }
    }

    private static string Show(object? value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e => e.ToString().ToLowerInvariant(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "none",
    };
}
