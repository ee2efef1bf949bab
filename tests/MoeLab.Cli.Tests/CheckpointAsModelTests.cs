using System.CommandLine;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli.Tests;

/// <summary>A checkpoint `moelab train` wrote is accepted wherever a model is; bad corpora are refused before training.</summary>
[Collection("Console")]
public sealed class CheckpointAsModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-ckpt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { TrainCommand.Create(), InspectCommand.Create(), SimulateCommand.Create() }, args);

    private string TextFile() => WordText.WriteTo(_dir);

    [Fact]
    public void TrainThenSimulateAndInspect_TheCheckpointAsTheModel()
    {
        var (ckpt, trace) = (Path.Combine(_dir, "c.safetensors"), Path.Combine(_dir, "t.jsonl"));
        var (exit, _, err) = Run("train", "--preset", "tiny-moe", "--steps", "3", "--batch", "2", "--seq-len", "16", "--data", TextFile(), "--trace", trace, "--out", ckpt);
        Assert.True(exit == 0, err);

        var (simExit, simOut, simErr) = Run("simulate", "--model", ckpt, "--trace", trace, "--cache-experts", "2", "--policy", "lru", "--json");
        Assert.True(simExit == 0, simErr);
        Assert.NotNull(JsonNode.Parse(simOut)!["data"]);

        // Inspect counts the checkpoint's own shape: tiny-moe's exact parameter count, embedding tied.
        var (inExit, inOut, inErr) = Run("inspect", ckpt, "--json");
        Assert.True(inExit == 0, inErr);
        var layout = new MoeLab.Engine.Model.ParameterLayout(MoeLab.Engine.Model.EnginePresets.Get("tiny-moe"));
        Assert.Contains(layout.TotalParameters.ToString(System.Globalization.CultureInfo.InvariantCulture), inOut);
    }

    [Fact]
    public void Train_SpecIsACheckpoint_TrainsAFreshModelOfItsExactShape()
    {
        // A shape no preset has (tiny-moe with every expert split 2 ways), so only the checkpoint can have supplied it.
        var (first, second) = (Path.Combine(_dir, "split.safetensors"), Path.Combine(_dir, "again.safetensors"));
        string[] common = ["--steps", "1", "--batch", "2", "--seq-len", "16", "--data", TextFile(), "--json"];
        var (exit, firstJson, err) = Run(["train", "--preset", "tiny-moe", "--granularity", "2", "--out", first, .. common]);
        Assert.True(exit == 0, err);
        var (exit2, secondJson, err2) = Run(["train", "--spec", first, "--seed", "99", "--out", second, .. common]);
        Assert.True(exit2 == 0, err2);

        var (a, b) = (JsonNode.Parse(firstJson)!["data"]!, JsonNode.Parse(secondJson)!["data"]!);
        Assert.Equal(a["config"]!.ToJsonString(), b["config"]!.ToJsonString());
        Assert.Equal(8, b["config"]!["experts"]!.GetValue<int>());
        Assert.Equal(a["run"]!["n_params"]!.GetValue<long>(), b["run"]!["n_params"]!.GetValue<long>());
        // Fresh weights from the new seed, not the checkpoint's trained ones.
        Assert.NotEqual(a["run"]!["loss_nats"]!.GetValue<double>(), b["run"]!["loss_nats"]!.GetValue<double>());
    }

    [Fact]
    public void Inspect_SafeTensorsThatIsNotACheckpoint_ExitsTwoNamingTheMetadataField()
    {
        var path = Path.Combine(_dir, "other.safetensors");
        MoeLab.Engine.Checkpoints.SafeTensorsFile.Write(path, [MoeLab.Engine.Checkpoints.SafeTensor.FromFloats("w", [2], [1f, 2f])], new Dictionary<string, string> { ["format"] = "pt" });
        var (exit, _, err) = Run("inspect", path);
        Assert.Equal(2, exit);
        Assert.Contains(path, err);
        Assert.Contains("__metadata__.format", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("empty", new byte[0], "empty")]
    [InlineData("latin1", new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x61 }, "byte 3")]
    [InlineData("binary", new byte[] { 0x61, 0x00, 0x62 }, "NUL")]
    public void Train_CorpusThatIsNotText_ExitsTwoNamingTheFile(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(_dir, name + ".txt");
        File.WriteAllBytes(path, bytes);
        var (exit, _, err) = Run("train", "--preset", "tiny-moe", "--steps", "2", "--data", path);
        Assert.Equal(2, exit);
        Assert.Contains(path, err);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("   at ", err);
    }
}
