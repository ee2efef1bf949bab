using System.Globalization;
using System.Text.Json;
using MoeLab.Core.Validation;
using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Checkpoints;

/// <summary>
/// Engine checkpoints as safetensors: the parameters under their layout names (a tied LM head is stored once, as
/// the embedding), the AdamW moments as <c>optimizer.exp_avg.*</c> / <c>optimizer.exp_avg_sq.*</c>, and in the
/// metadata a format tag and version, the model config, the training options, the step, the optimiser's step, the
/// data's fingerprint and the loss history. That is the whole state of a run: the data loader and the learning-rate
/// schedule are pure functions of (options, seed, step), so the step is their position, and a resumed run repeats an
/// uninterrupted one bit for bit. Nothing time-dependent is stored (the history's wall times are zeroed), so the
/// final checkpoint of an interrupted-then-resumed run is byte-identical to an uninterrupted run's.
/// </summary>
public static class Checkpoint
{
    public const string Format = "moelab-engine-checkpoint";
    public const int Version = 1;
    private const string FirstMoment = "optimizer.exp_avg.", SecondMoment = "optimizer.exp_avg_sq.";
    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = false, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static void Save(string path, TrainingSession session)
    {
        var layout = session.Model.Layout;
        var tensors = new List<SafeTensor>();
        foreach (var slot in layout.Slots)
            tensors.Add(SafeTensor.FromFloats(slot.Name, Shape(slot), slot.Of(session.Model.Parameters)));
        foreach (var slot in layout.Slots)
            tensors.Add(SafeTensor.FromFloats(FirstMoment + slot.Name, Shape(slot), slot.Of(session.Optimizer.FirstMoment)));
        foreach (var slot in layout.Slots)
            tensors.Add(SafeTensor.FromFloats(SecondMoment + slot.Name, Shape(slot), slot.Of(session.Optimizer.SecondMoment)));
        var metadata = new Dictionary<string, string>
        {
            ["format"] = Format,
            ["format_version"] = Version.ToString(CultureInfo.InvariantCulture),
            ["config"] = SerializeConfig(session.Config),
            ["training"] = JsonSerializer.Serialize(session.Options, Json),
            ["step"] = session.StepsDone.ToString(CultureInfo.InvariantCulture),
            ["optimizer_step"] = session.Optimizer.Step.ToString(CultureInfo.InvariantCulture),
            ["corpus"] = session.Corpus.Name,
            ["data"] = session.Corpus.Fingerprint,
            ["history"] = JsonSerializer.Serialize(session.History.Select(h => h with { ElapsedSeconds = 0 }), Json),
        };
        SafeTensorsFile.Write(path, tensors, metadata);
    }

    /// <summary>Loads only the model (for generation and evaluation).</summary>
    public static (Transformer<float> Model, IReadOnlyDictionary<string, string> Metadata) LoadModel(string path)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        var config = ReadConfig(path, metadata);
        var layout = new ParameterLayout(config);
        var parameters = new float[layout.TotalParameters];
        Fill(path, tensors, layout, parameters, prefix: "");
        return (new Transformer<float>(layout, parameters), metadata);
    }

    /// <summary>
    /// Restores a training session exactly where it stopped (parameters, moments, step, history). Refused, naming the
    /// file and the field, when it was trained on other data, when <paramref name="expected"/> (what the command line
    /// asked for) differs from it, or when <paramref name="extendStepsTo"/> is fewer steps than it has done.
    /// </summary>
    public static TrainingSession Resume(string path, TokenCorpus corpus, int? extendStepsTo = null, ResumeExpectation? expected = null)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        var config = ReadConfig(path, metadata);
        var options = Deserialize<TrainingOptions>(path, metadata, "training");
        // Checkpoints written before the fingerprint was recorded carry only the corpus name; they resume unchecked.
        if (metadata.TryGetValue("data", out var data) && data != corpus.Fingerprint)
            throw new InvalidInputException($"the checkpoint was trained on other data ({data}; --data gives {corpus.Fingerprint}); resume with the same --data",
                source: path, field: "__metadata__.data");
        expected?.Check(path, config, options);
        var stepsDone = int.Parse(Required(path, metadata, "step"), CultureInfo.InvariantCulture);
        if (extendStepsTo is { } steps)
        {
            if (steps < stepsDone)
                throw new InvalidInputException($"--steps {steps} is fewer than the {stepsDone} steps the checkpoint has done", source: path, field: "__metadata__.step");
            options = options with { Steps = steps };
        }
        var layout = new ParameterLayout(config);
        var parameters = new float[layout.TotalParameters];
        Fill(path, tensors, layout, parameters, prefix: "");
        var session = new TrainingSession(new Transformer<float>(layout, parameters), options, corpus);
        Fill(path, tensors, layout, session.Optimizer.FirstMoment, FirstMoment);
        Fill(path, tensors, layout, session.Optimizer.SecondMoment, SecondMoment);
        session.StepsDone = stepsDone;
        session.Optimizer.Step = long.Parse(Required(path, metadata, "optimizer_step"), CultureInfo.InvariantCulture);
        session.RestoreHistory(Deserialize<List<StepRecord>>(path, metadata, "history"));
        return session;
    }

    /// <summary>The model config as the checkpoint metadata stores it (under "config").</summary>
    public static string SerializeConfig(EngineConfig config) => JsonSerializer.Serialize(config, Json);

    /// <summary>The validated model config of a checkpoint's metadata; throws naming the file and metadata field.</summary>
    public static EngineConfig ReadConfig(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var format = metadata.GetValueOrDefault("format");
        if (format != Format)
            throw new InvalidInputException($"not a MoeLab engine checkpoint (metadata format '{format ?? "missing"}'); train one with `moelab train --out FILE`", source: path, field: "__metadata__.format");
        var version = metadata.GetValueOrDefault("format_version");
        if (version != Version.ToString(CultureInfo.InvariantCulture))
            throw new InvalidInputException($"checkpoint format version {version}, this build reads version {Version}; retrain or use a matching MoeLab", source: path, field: "__metadata__.format_version");
        try
        {
            return Deserialize<EngineConfig>(path, metadata, "config").Validated();
        }
        catch (InvalidInputException e)
        {
            throw e.AtField("__metadata__.config").InFile(path);
        }
    }

    private static void Fill(string path, IReadOnlyDictionary<string, SafeTensor> tensors, ParameterLayout layout, float[] target, string prefix)
    {
        foreach (var slot in layout.Slots)
        {
            var name = prefix + slot.Name;
            if (!tensors.TryGetValue(name, out var tensor)) throw new InvalidInputException("tensor missing", source: path, field: name);
            if (!tensor.Shape.SequenceEqual(Shape(slot)))
                throw new InvalidInputException($"shape [{string.Join(",", tensor.Shape)}] does not match the config's [{string.Join(",", slot.Shape)}]", source: path, field: name);
            tensor.ToFloats(path).CopyTo(slot.Of(target));
        }
    }

    private static long[] Shape(TensorSlot slot) => slot.Shape.Select(d => (long)d).ToArray();

    private static string Required(string path, IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var v) ? v : throw new InvalidInputException("metadata entry missing", source: path, field: "__metadata__." + key);

    private static T Deserialize<T>(string path, IReadOnlyDictionary<string, string> metadata, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Required(path, metadata, key), Json)
                ?? throw new InvalidInputException("metadata entry is null", source: path, field: "__metadata__." + key);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"metadata entry is not valid: {e.Message}", source: path, field: "__metadata__." + key);
        }
    }
}
