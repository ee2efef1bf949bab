using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

public sealed class TraceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-trace-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Convert_BuiltInToCsvAndBack_SimulatesIdentically()
    {
        var csv = Path.Combine(_dir, "t.csv");
        var jsonl = Path.Combine(_dir, "t.jsonl");
        Assert.Equal(0, InspectCliRunner.Run("trace", "convert", "mixtral-8x7b-gsm8k", csv).ExitCode);
        Assert.Equal(0, InspectCliRunner.Run("trace", "convert", csv, jsonl, "--model", "mixtral-8x7b").ExitCode);
        double HitRate(string trace) =>
            JsonNode.Parse(InspectCliRunner.Run("simulate", "--trace", trace, "--policy", "fifo", "--cache-experts", "3", "--json").Stdout)!["data"]!["runs"]![0]!["hit_rate"]!.GetValue<double>();
        Assert.Equal(HitRate("mixtral-8x7b-gsm8k"), HitRate(jsonl));
    }

    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        var a = Path.Combine(_dir, "a.moetrace");
        var b = Path.Combine(_dir, "b.moetrace");
        Assert.Equal(0, InspectCliRunner.Run("trace", "generate", a, "--tokens", "200", "--zipf", "1.1", "--stickiness", "0.3", "--seed", "5").ExitCode);
        Assert.Equal(0, InspectCliRunner.Run("trace", "generate", b, "--tokens", "200", "--zipf", "1.1", "--stickiness", "0.3", "--seed", "5").ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Generate_MoreThanTheDiskHolds_ExitsTwoAtOnceWithNeededAndFreeBytes()
    {
        var output = Path.Combine(_dir, "huge.jsonl");
        var r = InspectCliRunner.Run("trace", "generate", output, "--model", "deepseek-v3", "--tokens", "2000000000");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^moelab: .*huge\.jsonl.*'tokens'.*would need about .* \([\d,]+ bytes\) but its filesystem has .* \([\d,]+ bytes\) free", line);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Convert_CsvWithoutModel_ExitsTwo()
    {
        var csv = Path.Combine(_dir, "t.csv");
        File.WriteAllText(csv, "0,0,1\n0,0,2\n");
        var r = InspectCliRunner.Run("trace", "convert", csv, Path.Combine(_dir, "o.jsonl"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--model", r.Stderr);
    }

    [Fact]
    public void Convert_JsonlWithoutModel_WarnsThatTheShapeWasInferred_AndWithTheModelRefusesAnOutOfRangeExpert()
    {
        var jsonl = Path.Combine(_dir, "e99.jsonl");
        File.WriteAllText(jsonl, "{\"token_idx\": 0, \"layer\": 0, \"experts\": [99, 1]}\n");

        var inferred = InspectCliRunner.Run("trace", "convert", jsonl, Path.Combine(_dir, "o.moetrace"), "--json");
        var checkedByModel = InspectCliRunner.Run("trace", "convert", jsonl, Path.Combine(_dir, "p.moetrace"), "--model", "mixtral-8x7b");

        Assert.Equal(0, inferred.ExitCode);
        var warning = Assert.Single(JsonNode.Parse(inferred.Stdout)!["warnings"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "trace-shape-inferred")!;
        Assert.Contains("1 layers × 100 experts", warning["message"]!.GetValue<string>());
        Assert.Equal(2, checkedByModel.ExitCode);
        Assert.Contains("expert id 99 is outside 0..7", checkedByModel.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "p.moetrace")));
    }
}
