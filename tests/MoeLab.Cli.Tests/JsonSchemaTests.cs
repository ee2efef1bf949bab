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
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-schema-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string SchemaDirectory => Path.Combine(TestPaths.RepoRoot, "docs", "schema");

    // The validator registers each schema by its $id once per process, so each file is loaded once.
    private static readonly Lazy<JsonSchema> EnvelopeSchema = new(() => JsonSchema.FromFile(Path.Combine(SchemaDirectory, "report.schema.json")));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> DataSchemas = new();

    private static JsonSchema Envelope => EnvelopeSchema.Value;

    private static JsonSchema DataSchema(string command) => DataSchemas.GetOrAdd(command, c => new Lazy<JsonSchema>(() =>
        JsonSchema.FromFile(Path.Combine(SchemaDirectory, "data", c.Replace(' ', '_') + ".schema.json")))).Value;

    /// <summary>The commands with a data schema, each run here on small inputs.</summary>
    private static readonly string[] CommandNames = [
        "inspect", "simulate", "plan", "sectional", "sweep granularity", "trace generate", "trace convert", "trace calibrate", "fit", "train", "generate"];

    public static TheoryData<string> Commands => new(CommandNames);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_ValidatesAgainstTheEnvelopeAndItsCommandsDataSchema(string command)
    {
        var output = RunJson(command);
        var root = JsonNode.Parse(output)!;

        AssertValid(Envelope, output, $"{command}: envelope");
        AssertValid(DataSchema(command), root["data"]!.ToJsonString(), $"{command}: data");
        Assert.Equal(command, (string)root["command"]!);
        Assert.Equal(MoeLab.Reports.Rendering.JsonReportRenderer.SchemaVersion, (string)root["schema_version"]!);
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
        Assert.Equal(CommandNames.Order(), published);
    }

    private string RunJson(string command)
    {
        var args = command switch
        {
            "inspect" => new[] { "inspect", "mixtral-8x7b", "deepseek-v3", "--context", "4096" },
            "simulate" => ["simulate", "--policy", "lru,opt", "--cache-experts", "4,6", "--tokens", "50"],
            "plan" => ["plan", "--compute", "1e21"],
            "sectional" => ["sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm"],
            "sweep granularity" => ["sweep", "granularity", "--max-granularity", "4", "--tokens", "400"],
            "trace generate" => ["trace", "generate", Path.Combine(_dir, "g.jsonl"), "--tokens", "200", "--seed", "5"],
            "trace convert" => ["trace", "convert", "mixtral-8x7b-gsm8k", Path.Combine(_dir, "c.csv")],
            "trace calibrate" => ["trace", "calibrate", "mixtral-8x7b-gsm8k"],
            "fit" => ["fit", TestPaths.SharedFile("scaling", "chinchilla_epoch_svg_extracted_data.csv"), "--n-column", "Model Size", "--c-column", "Training FLOP"],
            "train" => Train("t.safetensors"),
            "generate" => ["generate", TrainedCheckpoint(), "--prompt", "the ", "--tokens", "12", "--seed", "5"],
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no invocation for this command"),
        };
        var r = InspectCliRunner.Run([.. args, "--json"]);
        Assert.True(r.ExitCode == 0, $"{command}: {r.Stderr}");
        return r.Stdout;
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
