using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-simulate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Defaults_BuiltInTrace_LruFourOfEight_MatchesIndependentPythonCount()
    {
        var r = InspectCliRunner.Run("simulate", "--policy", "lru", "--cache-experts", "4", "--json");
        Assert.Equal(0, r.ExitCode);
        var run = JsonNode.Parse(r.Stdout)!["data"]!["runs"]![0]!;
        // Per-layer LRU, 4 of 8, on the HumanEval trace (complete tokens only), counted by a separate Python
        // script with plain lists: 12,827 hits of 21,312 requests.
        Assert.Equal(0.6018674924924925, run["hit_rate"]!.GetValue<double>(), 12);
    }

    [Fact]
    public void Table_ShowsAnalyticPredictionsBesideSimulated()
    {
        var r = InspectCliRunner.Run("simulate", "--policy", "lru,opt", "--cache-experts", "4", "--hardware", "h100-pcie-gen5");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("seed 000 model (as written)", r.Stdout);
        Assert.Contains("Che LRU approximation", r.Stdout);
        Assert.Contains("simulated: opt", r.Stdout);
    }

    [Fact]
    public void UnknownPolicy_ExitsTwo_WithSuggestion()
    {
        var r = InspectCliRunner.Run("simulate", "--policy", "lruu");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("did you mean 'lru'", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void TraceWithExpertBeyondModel_ExitsTwo_NamingFileAndRow()
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, "token,layer,expert\n0,0,1\n0,0,9\n");
        var r = InspectCliRunner.Run("simulate", "--trace", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad.csv", r.Stderr);
        Assert.Contains("row 3", r.Stderr);
    }
}
