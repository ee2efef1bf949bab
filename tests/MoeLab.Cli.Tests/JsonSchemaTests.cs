using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Every command's --json checked against the published JSON Schema (docs/schema/) with a maintained validator, so the
/// documented contract and the code cannot drift apart: an undeclared field fails (additionalProperties false), and
/// a declared field the code stopped writing fails too (required).
/// </summary>
public sealed class JsonSchemaTests : IDisposable
{
    // On the checkout's disk, not /tmp: replay reads weights with O_DIRECT, which tmpfs refuses.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "schema-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SchemaDirectory => Path.Combine(TestPaths.RepoRoot, "docs", "schema");

    // The validator registers each schema by its $id once per process, so each file is loaded once.
    private static readonly Lazy<JsonSchema> EnvelopeSchema = new(() => JsonSchema.FromFile(Path.Combine(SchemaDirectory, "report.schema.json")));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> DataSchemas = new();

    private static JsonSchema Envelope => EnvelopeSchema.Value;

    private static JsonSchema DataSchema(string command) => DataSchemas.GetOrAdd(command, c => new Lazy<JsonSchema>(() =>
        JsonSchema.FromFile(Path.Combine(SchemaDirectory, "data", c.Replace(' ', '_') + ".schema.json")))).Value;

    /// <summary>
    /// Every command with a data schema, each run here on small inputs; a command whose data has several shapes (plan's
    /// single budget, range and runs tables; ladder's two designs) has a case per shape, named "COMMAND --VARIANT".
    /// seed 001's design ladder after a training pass takes minutes, so LadderCommandTests validates the output it
    /// already produces.
    /// </summary>
    private static readonly string[] CaseNames = [
        "inspect", "simulate", "simulate --prompt-cpu", "plan", "plan --compute-range", "plan --runs-one-scale", "plan --runs-multi-scale", "sectional",
        "sweep granularity", "trace generate", "trace convert", "trace calibrate", "fit", "train", "generate", "generate --offload",
        "ladder --quick", "ladder --design-estimate", "replay", "weights synth", "hardware probe"];

    /// <summary>The command a case runs: its name up to the variant.</summary>
    private static string CommandOf(string name) => name.Split(" --")[0];

    public static TheoryData<string> Cases => new(CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_ValidatesAgainstTheEnvelopeAndItsCommandsDataSchema(string name)
    {
        var command = CommandOf(name);
        var output = RunJson(name);
        AssertValidReport(command, output);
        // The schema also admits null here (generate without --offload): the case must reach the object.
        if (name == "generate --offload")
        {
            var offload = JsonNode.Parse(output)!["data"]!["offload"]!;
            Assert.Equal(2, offload["capacity_experts"]!.GetValue<long>());
            Assert.Equal("per_layer", offload["capacity_scope"]!.GetValue<string>());
        }
    }

    /// <summary>
    /// Fails unless <paramref name="output"/> (a command's --json) matches the envelope schema and
    /// <paramref name="command"/>'s data schema, and names that command and the current schema version.
    /// </summary>
    internal static void AssertValidReport(string command, string output)
    {
        var root = JsonNode.Parse(output)!;
        AssertValid(Envelope, output, $"{command}: envelope");
        AssertValid(DataSchema(command), root["data"]!.ToJsonString(), $"{command}: data");
        Assert.Equal(command, (string)root["command"]!);
        Assert.Equal(MoeLab.Reports.Rendering.JsonReportRenderer.SchemaVersion, (string)root["schema_version"]!);
    }

    /// <summary>The data schema of one command must tell its shapes apart, not accept any of them anywhere.</summary>
    [Fact]
    public void Json_LadderAndPlanShapes_AreNotInterchangeable()
    {
        var quick = JsonNode.Parse(RunJson("ladder --quick"))!["data"]!.AsObject();
        quick["design"] = JsonNode.Parse(RunJson("ladder --design-estimate"))!["data"]!["design"]!.DeepClone();
        Assert.False(DataSchema("ladder").Evaluate(JsonDocument.Parse(quick.ToJsonString()).RootElement).IsValid);

        var sweep = JsonNode.Parse(RunJson("plan --compute-range"))!["data"]!.AsObject();
        sweep["plans"]![0]!.AsObject().Remove("chosen");
        Assert.False(DataSchema("plan").Evaluate(JsonDocument.Parse(sweep.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Json_AFieldTheSchemaDoesNotDeclare_FailsValidation()
    {
        var root = JsonNode.Parse(RunJson("simulate"))!;
        root["data"]!["runs"]![0]!["result"]!["HitRate"] = 0.5;
        Assert.False(DataSchema("simulate").Evaluate(JsonDocument.Parse(root["data"]!.ToJsonString()).RootElement).IsValid);

        root = JsonNode.Parse(RunJson("simulate"))!;
        root.AsObject().Remove("schema_version");
        Assert.False(Envelope.Evaluate(JsonDocument.Parse(root.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Json_Arguments_AreTypedValues_AndInputsNameTheFilesRead()
    {
        var trace = Path.Combine(_dir, "t.jsonl");
        Assert.Equal(0, InspectCliRunner.Run("trace", "generate", trace, "--tokens", "50", "--seed", "5").ExitCode);
        var r = InspectCliRunner.Run("simulate", "--trace", trace, "--policy", "lru", "--cache-experts", "4", "--tokens", "20", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var root = JsonNode.Parse(r.Stdout)!;

        Assert.Equal(JsonValueKind.Number, root["arguments"]!["tokens"]!.GetValueKind());
        Assert.Equal(20, root["arguments"]!["tokens"]!.GetValue<long>());
        Assert.Equal(JsonValueKind.True, root["arguments"]!["json"]!.GetValueKind());
        var input = Assert.Single(root["inputs"]!.AsArray());
        Assert.Equal("trace", (string)input!["kind"]!);
        Assert.Equal(trace, (string)input["path"]!);
    }

    [Fact]
    public void Json_CommandLine_QuotesWordsTheShellWouldSplit()
    {
        var model = Path.Combine(_dir, "a model");
        Directory.CreateDirectory(model);
        var r = InspectCliRunner.Run("trace", "generate", Path.Combine(model, "t.jsonl"), "--tokens", "20", "--json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal($"moelab trace generate '{Path.Combine(model, "t.jsonl")}' --tokens 20 --json",
            (string)JsonNode.Parse(r.Stdout)!["context"]!["command_line"]!);
    }

    /// <summary>
    /// Every object a schema describes says what happens to fields it does not list — false for records, a schema for
    /// maps keyed by data — so no object silently accepts a field the documentation lacks.
    /// </summary>
    [Fact]
    public void Schemas_EveryObjectDeclaresAdditionalProperties()
    {
        var files = Directory.GetFiles(SchemaDirectory, "*.schema.json", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("report.schema.json", StringComparison.Ordinal));
        var loose = new List<string>();
        foreach (var file in files) Walk(JsonNode.Parse(File.ReadAllText(file)), Path.GetFileName(file), loose);
        Assert.Empty(loose);

        static void Walk(JsonNode? node, string path, List<string> loose)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && (string)t! == "object" && !obj.ContainsKey("additionalProperties"))
                        loose.Add(path);
                    foreach (var (key, value) in obj) Walk(value, $"{path}/{key}", loose);
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}/{i}", loose);
                    break;
            }
        }
    }

    [Fact]
    public void Schemas_EveryDataSchemaIsExercised()
    {
        var published = Directory.GetFiles(Path.Combine(SchemaDirectory, "data"), "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length].Replace('_', ' ')).Order();
        Assert.Equal(CaseNames.Select(CommandOf).Distinct().Order(), published);
    }

    private string RunJson(string name)
    {
        var args = name switch
        {
            "inspect" => new[] { "inspect", "mixtral-8x7b", "deepseek-v3", "--context", "4096" },
            "simulate" => ["simulate", "--policy", "lru,opt", "--cache-experts", "4,6", "--tokens", "50"],
            "simulate --prompt-cpu" => ["simulate", "--policy", "lru", "--cache-experts", "4", "--tokens", "50", "--prompt", "10", "--misses", "execute-on-cpu"],
            "plan" => ["plan", "--compute", "1e21", "--out", Path.Combine(_dir, "spec.json")],
            "plan --compute-range" => ["plan", "--compute", "1e20..1e22", "--steps", "3"],
            "plan --runs-one-scale" => ["plan", "--compute", "3e20", "--runs", OneScaleRuns()],
            "plan --runs-multi-scale" => ["plan", "--compute", "1e21", "--runs", MultiScaleRuns(), "--bootstrap", "20"],
            "ladder --quick" => ["ladder", "--quick", "--data", WordText.WriteTo(_dir), "--runs", Path.Combine(_dir, "ladder-runs.csv")],
            "ladder --design-estimate" => ["ladder", "--design", "seed001-micro", "--data", WordText.WriteTo(_dir), "--out", Path.Combine(_dir, "micro"), "--estimate"],
            "replay" => ["replay", "--model", SynthesizedWeights(), "--trace", TinyTrace(), "--tokens", "4", "--cache-experts", "2",
                "--policy", "lru,opt", "--prefetch", "none,oracle", "--hardware", "rtx4090-pcie4", "--compare-mmap"],
            "weights synth" => ["weights", "synth", "--model", TinyConfig(), "--out", Path.Combine(_dir, "synth"), "--dtype", "f32", "--seed", "5"],
            "hardware probe" => ["hardware", "probe", "--path", _dir, "--out", Path.Combine(_dir, "probe.yaml"),
                "--scratch-bytes", "8388608", "--expert-bytes", "1048576", "--expert-hidden", "32", "--expert-width", "16"],
            "sectional" => ["sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm"],
            "sweep granularity" => ["sweep", "granularity", "--max-granularity", "4", "--tokens", "400"],
            "trace generate" => ["trace", "generate", Path.Combine(_dir, "g.jsonl"), "--tokens", "200", "--seed", "5"],
            "trace convert" => ["trace", "convert", "mixtral-8x7b-gsm8k", Path.Combine(_dir, "c.csv")],
            "trace calibrate" => ["trace", "calibrate", "mixtral-8x7b-gsm8k"],
            "fit" => ["fit", TestPaths.SharedFile("scaling", "chinchilla_epoch_svg_extracted_data.csv"), "--n-column", "Model Size", "--c-column", "Training FLOP", "-o", Path.Combine(_dir, "law.json")],
            "train" => [.. Train("t.safetensors"), "--trace", Path.Combine(_dir, "train-trace.jsonl")],
            "generate" => ["generate", TrainedCheckpoint(), "--prompt", "the ", "--tokens", "12", "--seed", "5"],
            "generate --offload" => ["generate", TrainedCheckpoint(), "--prompt", "the ", "--tokens", "12", "--seed", "5", "--offload", "--cache-experts", "2", "--trace", Path.Combine(_dir, "generate-trace.jsonl")],
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no invocation for this case"),
        };
        var r = InspectCliRunner.Run([.. args, "--json"]);
        Assert.True(r.ExitCode == 0, $"{name}: {r.Stderr}");
        return r.Stdout;
    }

    /// <summary>A Mixtral-shaped config small enough to synthesise and replay in well under a second.</summary>
    private string TinyConfig()
    {
        var path = Path.Combine(_dir, "tiny.json");
        File.WriteAllText(path, """
            {"model_type": "mixtral", "hidden_size": 64, "intermediate_size": 96, "num_hidden_layers": 2, "num_local_experts": 4,
             "num_experts_per_tok": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 50,
             "max_position_embeddings": 128, "tie_word_embeddings": false}
            """);
        return path;
    }

    private string SynthesizedWeights()
    {
        var dir = Path.Combine(_dir, "weights");
        var r = InspectCliRunner.Run("weights", "synth", "--model", TinyConfig(), "--out", dir, "--dtype", "f32", "--seed", "2");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return dir;
    }

    /// <summary>A JSONL routing trace for <see cref="TinyConfig"/>: 2 layers, 4 experts, top-2, 6 tokens.</summary>
    private string TinyTrace()
    {
        var path = Path.Combine(_dir, "trace.jsonl");
        File.WriteAllLines(path, from t in Enumerable.Range(0, 6) from l in Enumerable.Range(0, 2)
            select $$"""{"problem_id": 0, "layer": {{l}}, "experts": [{{(t + l) % 4}}, {{(t + l + 1) % 4}}], "token_idx": {{t}}}""");
        return path;
    }

    /// <summary>A one-scale runs table (m_over_na, n_over_na, d, loss) with a minimum inside the grid, as in PlanCommandTests.</summary>
    private string OneScaleRuns()
    {
        var lines = new List<string> { "m_over_na,n_over_na,d,loss" };
        foreach (var x in new[] { 7.0, 8, 9, 11 })
        foreach (var y in new[] { 6.0, 12, 20 })
        foreach (var d in new[] { 1500.0, 2000, 2500 })
        {
            var loss = 2 + 0.3 / (x - 6) + 0.075 * x + 0.1 / (y - 1) + 0.3 / (289.0 / 9 - y) + 0.02 * Math.Pow(d / 1000 - 2, 2);
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x},{y},{d},{loss}"));
        }
        var path = Path.Combine(_dir, "one-scale.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private string MultiScaleRuns()
    {
        var path = Path.Combine(_dir, "multi-scale.csv");
        File.WriteAllLines(path, MoeLab.Scaling.Tests.Planning.SyntheticLadder.PaperLike().Lines());
        return path;
    }

    private string[] Train(string checkpoint) =>
        ["train", "--preset", "tiny-moe", "--steps", "4", "--batch", "2", "--seq-len", "16", "--data", WordText.WriteTo(_dir), "--out", Path.Combine(_dir, checkpoint)];

    private string TrainedCheckpoint()
    {
        var r = InspectCliRunner.Run(Train("g.safetensors"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        return Path.Combine(_dir, "g.safetensors");
    }

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        var result = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return;
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10);
        Assert.Fail($"{what} does not match its schema:\n{string.Join('\n', errors)}");
    }
}
