using System.CommandLine;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli.Tests;

/// <summary>`moelab train` and `moelab generate` end to end on a small generated text (no corpus download).</summary>
[Collection("Console")]
public sealed class TrainGenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-engine-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { TrainCommand.Create(), GenerateCommand.Create() };
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (MoeLab.Cli.Infrastructure.CliInvoker.Invoke(root, args, stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    private string TextFile()
    {
        var rng = new Random(3);
        string[] words = ["the", "cat", "sat", "on", "a", "mat", "."];
        var path = Path.Combine(_dir, "text.txt");
        File.WriteAllText(path, string.Join(' ', Enumerable.Range(0, 3000).Select(_ => words[rng.Next(words.Length)])));
        return path;
    }

    [Fact]
    public void Train_TextFile_WritesCheckpointRunsRowAndTraceThenGenerates()
    {
        var (ckpt, runs, trace) = (Path.Combine(_dir, "m.safetensors"), Path.Combine(_dir, "runs.csv"), Path.Combine(_dir, "t.jsonl"));
        var (exit, output, err) = Run("train", "--preset", "tiny-moe", "--steps", "4", "--batch", "2", "--seq-len", "16",
            "--data", TextFile(), "--out", ckpt, "--runs", runs, "--trace", trace, "--json");
        Assert.True(exit == 0, err);
        var json = JsonNode.Parse(output)!;
        var data = json["data"]!;
        Assert.Equal(4, data["history"]!.AsArray().Count);
        Assert.Equal(4L * 2 * 16, data["run"]!["D"]!.GetValue<long>());
        Assert.True(File.Exists(ckpt));
        Assert.Equal(2, File.ReadAllLines(runs).Length);
        Assert.Equal(2 * 16 * 2, File.ReadAllLines(trace).Length); // batch × positions × MoE layers

        var (genExit, genOut, genErr) = Run("generate", ckpt, "--prompt", "the ", "--tokens", "12", "--seed", "5", "--json");
        Assert.True(genExit == 0, genErr);
        var completion = JsonNode.Parse(genOut)!["data"]!["completion"]!.GetValue<string>();
        Assert.NotEmpty(completion);
    }

    [Fact]
    public void Train_ResumeWithMoreSteps_ContinuesFromTheCheckpoint()
    {
        var ckpt = Path.Combine(_dir, "r.safetensors");
        var text = TextFile();
        Assert.Equal(0, Run("train", "--preset", "tiny-dense", "--steps", "3", "--batch", "2", "--seq-len", "16", "--data", text, "--out", ckpt, "--json").Exit);
        var (exit, output, err) = Run("train", "--resume", ckpt, "--steps", "5", "--data", text, "--out", ckpt, "--json");
        Assert.True(exit == 0, err);
        var history = JsonNode.Parse(output)!["data"]!["history"]!.AsArray();
        Assert.Equal([1, 2, 3, 4, 5], history.Select(h => h!["Step"]!.GetValue<int>()));
    }

    [Fact]
    public void Train_UnknownPreset_ExitsTwoNamingValidPresets()
    {
        var (exit, _, err) = Run("train", "--preset", "huge", "--data", TextFile());
        Assert.Equal(2, exit);
        Assert.Contains("tiny-moe", err);
    }

    [Fact]
    public void Train_SequenceLongerThanContext_ExitsTwo()
    {
        var (exit, _, err) = Run("train", "--preset", "tiny-dense", "--seq-len", "999", "--data", TextFile());
        Assert.Equal(2, exit);
        Assert.Contains("seq-len", err);
    }

    [Fact]
    public void Generate_MissingCheckpoint_ExitsTwo()
    {
        var (exit, _, err) = Run("generate", Path.Combine(_dir, "absent.safetensors"));
        Assert.Equal(2, exit);
        Assert.Contains("absent.safetensors", err);
    }
}
