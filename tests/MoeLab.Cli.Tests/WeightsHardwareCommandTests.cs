using System.CommandLine;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli.Tests;

/// <summary>`moelab weights synth` and `moelab hardware probe`: outputs, and exit 2 with one line on bad input.</summary>
[Collection("Console")]
public sealed class WeightsHardwareCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-weights-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { WeightsCommand.Create(), HardwareCommand.Create() }, args);

    private string TinyConfig()
    {
        var path = Path.Combine(_dir, "config.json");
        File.WriteAllText(path, new JsonObject
        {
            ["model_type"] = "mixtral", ["hidden_size"] = 64, ["intermediate_size"] = 96, ["num_hidden_layers"] = 2,
            ["num_local_experts"] = 4, ["num_experts_per_tok"] = 2, ["num_attention_heads"] = 4, ["num_key_value_heads"] = 2,
            ["vocab_size"] = 50, ["max_position_embeddings"] = 128,
        }.ToJsonString());
        return path;
    }

    private static void BadInput((int Exit, string Out, string Err) r, string mentions)
    {
        Assert.Equal(2, r.Exit);
        Assert.Contains(mentions, r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public void Synth_WritesModelDirectory_JsonReportsExperts()
    {
        var outDir = Path.Combine(_dir, "model");
        var r = Run("weights", "synth", "--model", TinyConfig(), "--out", outDir, "--shrink", "2", "--dtype", "f32", "--seed", "5", "--json");
        Assert.Equal(0, r.Exit);
        var json = JsonNode.Parse(r.Out)!["data"]!;
        Assert.Equal(8, json["routed_experts"]!.GetValue<int>());
        Assert.Equal(3L * 48 * 32 * 4, json["bytes_per_expert"]!.GetValue<long>());
        Assert.True(File.Exists(Path.Combine(outDir, "model.safetensors")));
        Assert.Equal(32, JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "config.json")))!["hidden_size"]!.GetValue<int>());
        Assert.Equal(new FileInfo(Path.Combine(outDir, "model.safetensors")).Length, json["files"]![0]!["bytes"]!.GetValue<long>());
    }

    [Fact]
    public void Synth_BadShrink_Exit2NamingShrink()
    {
        BadInput(Run("weights", "synth", "--model", TinyConfig(), "--out", Path.Combine(_dir, "m"), "--shrink", "3"), "--shrink");
        Assert.False(Directory.Exists(Path.Combine(_dir, "m")));
    }

    [Fact]
    public void Synth_MissingModel_Exit2() => BadInput(Run("weights", "synth", "--model", Path.Combine(_dir, "nope.json"), "--out", Path.Combine(_dir, "m")), "nope.json");

    [Fact]
    public void Synth_UnwritableOut_Exit2BeforeGenerating()
    {
        var file = Path.Combine(_dir, "afile");
        File.WriteAllText(file, "x");
        BadInput(Run("weights", "synth", "--model", TinyConfig(), "--out", Path.Combine(file, "sub")), "--out");
    }

    [Fact]
    public void Synth_ExistingOut_Exit2UnlessForce()
    {
        var outDir = Path.Combine(_dir, "model");
        Directory.CreateDirectory(outDir);
        BadInput(Run("weights", "synth", "--model", TinyConfig(), "--out", outDir), "--force");
        Assert.Equal(0, Run("weights", "synth", "--model", TinyConfig(), "--out", outDir, "--force").Exit);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Synth_ForceThroughASymlink_ReplacesTheLinkedDirectory_AndTheLinkStays()
    {
        var real = Directory.CreateDirectory(Path.Combine(_dir, "model-v1")).FullName;
        File.WriteAllText(Path.Combine(real, "old.txt"), "previous model");
        var link = Path.Combine(_dir, "model");
        Directory.CreateSymbolicLink(link, "model-v1");

        Assert.Equal(0, Run("weights", "synth", "--model", TinyConfig(), "--out", link, "--force").Exit);

        Assert.Equal("symbolic link", MoeLab.Testing.SpecialFiles.TypeOf(link));
        Assert.True(File.Exists(Path.Combine(real, "model.safetensors")));
        Assert.False(File.Exists(Path.Combine(real, "old.txt")));
        Assert.Equal(["config.json", "model", "model-v1"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synth_BadDtype_Exit2() => BadInput(Run("weights", "synth", "--model", TinyConfig(), "--out", Path.Combine(_dir, "m"), "--dtype", "int3"), "--dtype");

    [Fact]
    public void Probe_MissingPath_Exit2() => BadInput(Run("hardware", "probe", "--path", Path.Combine(_dir, "none"), "--out", Path.Combine(_dir, "p.yaml")), "--path");

    [Fact]
    public void Probe_UnwritableOut_Exit2()
    {
        var file = Path.Combine(_dir, "afile");
        File.WriteAllText(file, "x");
        BadInput(Run("hardware", "probe", "--path", _dir, "--out", Path.Combine(file, "p.yaml")), "--out");
    }

    [Fact]
    public void Probe_SmallRun_WritesProfile()
    {
        var profile = Path.Combine(_dir, "p.yaml");
        var r = Run("hardware", "probe", "--path", _dir, "--out", profile, "--scratch-bytes", "8388608", "--expert-bytes", "1048576", "--expert-hidden", "32", "--expert-width", "16", "--json");
        Assert.Equal(0, r.Exit);
        var loaded = MoeLab.Core.Hardware.HardwareProfileFile.Load(profile);
        Assert.StartsWith("probe-", loaded.Name);
        Assert.False(loaded.OffloadedExpertsInHostMemory);
        Assert.True(JsonNode.Parse(r.Out)!["data"]!["sequential_bytes_per_s"]!.GetValue<double>() > 0);
    }
}
