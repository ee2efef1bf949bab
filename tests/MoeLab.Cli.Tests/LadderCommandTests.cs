using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli.Tests;

/// <summary>`moelab ladder`: seed 001's micro design end to end, resumed, interrupted by a signal, refused on bad input; the default ladder still runs.</summary>
[Collection("Console")]
public sealed class LadderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-ladder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { LadderCommand.Create() }, args);

    private string TextFile() => WordText.WriteTo(_dir);

    [Fact]
    public void Seed001Micro_RunThenRerun_ReportsRhoPerScaleAndTrainsNothingTwice()
    {
        var (data, output) = (TextFile(), Path.Combine(_dir, "micro"));
        var (exit, stdout, stderr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("48 to train", stderr);
        Assert.Contains("estimated", stderr);
        var json = JsonNode.Parse(stdout)!["data"]!;
        var agreement = json["agreement"]!.AsArray();
        Assert.Equal(3, agreement.Count);
        Assert.All(agreement, a => Assert.Equal(4, a!["configs"]!.GetValue<int>()));
        Assert.Equal(0.976, json["paper"]!["spearman"]!.GetValue<double>());
        var table = File.ReadAllLines(Path.Combine(output, "runs.csv"));
        Assert.StartsWith("c,m_over_na,n_over_na,d,loss,phase,run", table[0]);
        Assert.Equal(49, table.Length);

        var (again, _, againErr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(again == 0, againErr);
        Assert.Contains("48 already finished", againErr);
        Assert.Contains("0 to train", againErr);
        Assert.Equal(table, File.ReadAllLines(Path.Combine(output, "runs.csv")));
    }

    [Fact]
    public void Seed001_BadInput_ExitsTwoWithOneMessage()
    {
        var data = TextFile();
        var output = Path.Combine(_dir, "changed");
        var (estimated, _, _) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--estimate");
        Assert.Equal(0, estimated);
        Assert.False(Directory.Exists(output)); // an estimate writes nothing
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "runs.csv"), "c,m_over_na\n");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output), "without manifest.json");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--out", Path.Combine(data, "under-a-file")), $"field '--out': {data} is not a directory");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--quick"), "--quick");
        AssertBadInput(Run("ladder", "--design", "seed001-huge"), "seed001-small");
    }

    [Fact]
    public async Task Seed001Micro_Sigterm_StopsCleanlyAndTheRerunFinishes()
    {
        if (!OperatingSystem.IsLinux()) return; // the signal is sent with kill(1)
        var (data, output) = (TextFile(), Path.Combine(_dir, "signalled"));
        using (var process = InspectCliRunner.Start("ladder", "--design", "seed001-micro", "--data", data, "--out", output))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null && !line.StartsWith("[3/48]", StringComparison.Ordinal)) { }
            Assert.NotNull(line);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
            var rest = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(130, process.ExitCode);
            Assert.Contains("interrupted:", rest);
            Assert.Contains("Rerun the same command", rest);
            Assert.Empty(await stdout);
        }
        var recorded = File.ReadAllLines(Path.Combine(output, "runs.csv")).Length - 1;
        Assert.InRange(recorded, 3, 47);
        var (exit, _, stderr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"{recorded} already finished", stderr);
        Assert.Equal(49, File.ReadAllLines(Path.Combine(output, "runs.csv")).Length);
    }

    [Fact]
    public void Default_QuickChinchillaLadder_StillRuns()
    {
        var runs = Path.Combine(_dir, "chinchilla.csv");
        var (exit, stdout, stderr) = Run("ladder", "--quick", "--data", TextFile(), "--runs", runs, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Equal(12, JsonNode.Parse(stdout)!["data"]!["runs"]!.AsArray().Count);
        AssertBadInput(Run("ladder", "--quick", "--data", TextFile(), "--runs", runs, "--estimate"), "seed-001");
    }

    private static void AssertBadInput((int Exit, string Out, string Err) result, string mentions)
    {
        Assert.Equal(2, result.Exit);
        Assert.Contains(mentions, result.Err);
        Assert.DoesNotContain("   at ", result.Err); // no stack trace
    }
}
