using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Weights;

namespace MoeLab.Cli.Tests;

/// <summary>`moelab replay` on bad input: exit 2, one line on stderr naming the file and the tensor or field, no
/// stack trace, nothing written. A tiny Mixtral (2 layers, 4 experts, top-2, f32) and a matching trace are the baseline.</summary>
[Collection("Console")]
public sealed class ReplayCommandTests : IDisposable
{
    private const string Expert = "model.layers.1.block_sparse_moe.experts.2.w3.weight";
    // On the checkout's disk, so the expert store can open the weights with O_DIRECT as it requires.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "replay-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { ReplayCommand.Create(), WeightsCommand.Create() }, args);

    private static JsonObject TinyConfig() => new()
    {
        ["model_type"] = "mixtral", ["hidden_size"] = 64, ["intermediate_size"] = 96, ["num_hidden_layers"] = 2,
        ["num_local_experts"] = 4, ["num_experts_per_tok"] = 2, ["num_attention_heads"] = 4, ["num_key_value_heads"] = 2,
        ["vocab_size"] = 50, ["max_position_embeddings"] = 128, ["tie_word_embeddings"] = false,
    };

    private string Synthesize(string name)
    {
        var model = HuggingFaceModelConfig.FromJson(TinyConfig(), "tiny.json", "tiny");
        return WeightsSynthesizer.Synthesize(model, Path.Combine(_dir, name), new SynthesisOptions("F32", Seed: 2)).Directory;
    }

    /// <summary>A JSONL routing trace of <paramref name="layers"/> layers over 4 experts, top-2, 6 tokens.</summary>
    private string Trace(int layers, string name = "trace.jsonl")
    {
        var path = Path.Combine(_dir, name);
        var text = new StringBuilder();
        for (var t = 0; t < 6; t++)
            for (var l = 0; l < layers; l++)
                text.Append($$"""{"problem_id": 0, "layer": {{l}}, "experts": [{{(t + l) % 4}}, {{(t + l + 1) % 4}}], "token_idx": {{t}}}""").Append('\n');
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The synthesized model's single shard rewritten (f32) with one tensor dropped or replaced.</summary>
    private string Rewrite(string dir, string? without = null, (string Name, long[] Shape)? replace = null)
    {
        var file = Directory.GetFiles(dir, "*.safetensors").Single();
        var source = SafeTensorsSource.Open(dir);
        var tensors = new List<SafeTensor>();
        foreach (var name in source.Names.Order(StringComparer.Ordinal))
        {
            if (name == without) continue;
            if (replace is { } r && r.Name == name)
                tensors.Add(SafeTensor.FromFloats(name, r.Shape, new float[r.Shape.Aggregate(1L, (a, b) => a * b)]));
            else
                tensors.Add(SafeTensor.FromFloats(name, source.Info(name).Shape, source.ReadFloats(name)));
        }
        SafeTensorsFile.Write(file, tensors, new Dictionary<string, string> { ["format"] = "pt" });
        return file;
    }

    private IReadOnlyList<string> Tree() =>
        Directory.GetFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>Exit 2, one line on stderr that names every one of <paramref name="mentions"/>, no trace, nothing written.</summary>
    private void BadInput(string[] args, params string[] mentions)
    {
        var before = Tree();
        var (exit, _, err) = Run(args);
        Assert.True(exit == 2, $"exit {exit}: {err}");
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"stderr has {lines.Length} lines:\n{err}");
        foreach (var m in mentions) Assert.True(err.Contains(m, StringComparison.Ordinal), $"stderr does not name {m}: {err}");
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("Exception", err);
        Assert.Equal(before, Tree());
    }

    private string[] Replay(string model, string trace, params string[] more) =>
        ["replay", "--model", model, "--trace", trace, "--tokens", "4", "--cache-experts", "2", .. more];

    [Fact]
    public void Baseline_TinyModelAndMatchingTrace_Exit0()
    {
        var model = Synthesize("good");
        var (exit, stdout, err) = Run(Replay(model, Trace(2), "--json"));
        Assert.True(exit == 0, err);
        Assert.NotEmpty(stdout);
    }

    [Fact]
    public void MissingExpertTensor_Exit2_NamesFileAndTensor()
    {
        var model = Synthesize("missing");
        var file = Rewrite(model, without: Expert);
        BadInput(Replay(model, Trace(2)), Path.GetFileName(model), Expert);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void ExpertTensorOfTheWrongShape_Exit2_NamesFileAndTensor()
    {
        var model = Synthesize("shape");
        Rewrite(model, replace: (Expert, [96, 32]));
        BadInput(Replay(model, Trace(2)), Path.GetFileName(model), Expert);
    }

    [Fact]
    public void TruncatedSafeTensorsHeader_Exit2_NamesTheFile()
    {
        var model = Synthesize("truncated");
        var file = Directory.GetFiles(model, "*.safetensors").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..40]); // the 8-byte length says more header than follows
        BadInput(Replay(model, Trace(2)), Path.GetFileName(file));
    }

    [Fact]
    public void ConfigThatDoesNotMatchTheTensors_Exit2_NamesTheConfigOrTensor()
    {
        var model = Synthesize("config");
        var configPath = Path.Combine(model, "config.json");
        var config = JsonNode.Parse(File.ReadAllText(configPath))!.AsObject();
        config["intermediate_size"] = 128;
        File.WriteAllText(configPath, config.ToJsonString());
        // Before the check in OffloadRuntime.Open this was exit 1, "internal error: expert source served layer 0 expert 0
        // with 6144/6144/6144 values; expected 8192 each", from the decoder in the middle of the run.
        BadInput(Replay(model, Trace(2)), Path.GetFileName(model), "config.json", "model.layers.0.block_sparse_moe.experts.0.w1.weight");
    }

    [Fact]
    public void BuiltInTraceOfAnotherShape_Exit2_NamesTheTrace()
    {
        var model = Synthesize("builtin");
        BadInput(Replay(model, "mixtral-8x7b-gsm8k"), "mixtral-8x7b-gsm8k");
    }

    [Fact]
    public void TraceFileWithFewerLayers_Exit2_NamesTheTrace()
    {
        var model = Synthesize("layers");
        var trace = Trace(1, "one-layer.jsonl");
        BadInput(Replay(model, trace), "one-layer.jsonl");
    }

    [Fact]
    public void CacheBelowTopK_Exit2_NamesTheOption()
    {
        var model = Synthesize("cache");
        BadInput(["replay", "--model", model, "--trace", Trace(2), "--cache-experts", "1"], "--cache-experts");
    }

    [Fact]
    public void UnknownPolicy_Exit2_NamesTheOption()
    {
        var model = Synthesize("policy");
        BadInput(Replay(model, Trace(2), "--policy", "lru,mru"), "mru");
    }

    [Fact]
    public void ZeroTokens_Exit2_NamesTheOption()
    {
        var model = Synthesize("tokens");
        BadInput(["replay", "--model", model, "--trace", Trace(2), "--tokens", "0"], "--tokens");
    }

    [Fact]
    public void SynthIntoAPathUnderARegularFile_Exit2_LeavesNothingBehind()
    {
        // Tests run as root in CI, where a chmod'ed directory is still writable: a path under a file is not.
        var file = Path.Combine(_dir, "afile");
        File.WriteAllText(file, "x");
        var config = Path.Combine(_dir, "config.json");
        File.WriteAllText(config, TinyConfig().ToJsonString());
        BadInput(["weights", "synth", "--model", config, "--out", Path.Combine(file, "sub", "model"), "--dtype", "f32"], "--out");
        Assert.Equal("x", File.ReadAllText(file));
    }
}
