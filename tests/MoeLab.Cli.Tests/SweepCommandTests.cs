using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

public sealed class SweepCommandTests
{
    [Fact]
    public void Granularity_IndependentRouting_BytesMovedFlatWhileSeedPredictsCollapse()
    {
        var r = InspectCliRunner.Run("sweep", "granularity", "--max-granularity", "4", "--tokens", "400", "--json");
        Assert.Equal(0, r.ExitCode);
        var points = JsonNode.Parse(r.Stdout)!["data"]!["points"]!.AsArray();
        Assert.Equal(9, points.Count); // 3 routings × g ∈ {1, 2, 4}
        var independent = points.Where(p => p!["routing"]!.GetValue<string>() == "independent").ToList();
        var g1 = independent[0]!["bytes_moved_per_token"]!.GetValue<double>();
        var g4 = independent[2]!["bytes_moved_per_token"]!.GetValue<double>();
        Assert.InRange(g4 / g1, 0.85, 1.15); // finer experts move about the same bytes without locality
        var seed1 = independent[0]!["seed_bytes_per_token"]!.GetValue<double>();
        var seed4 = independent[2]!["seed_bytes_per_token"]!.GetValue<double>();
        Assert.True(seed4 < seed1 / 20); // the seed's formula predicts a collapse
        Assert.True(independent[2]!["transfers_per_token"]!.GetValue<double>() > 3 * independent[0]!["transfers_per_token"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("--tokens", "0")]
    [InlineData("--max-granularity", "0")]
    [InlineData("--max-granularity", "2147483647")] // doubling g past 2³⁰ used to wrap and loop forever
    [InlineData("--max-granularity", "16384")] // 8 × 16,384 experts per layer: more than a trace holds
    [InlineData("--cache-experts", "1")] // fewer than top-2
    [InlineData("--stickiness", "1.5")]
    public void Granularity_BadArgument_RefusedBeforeTheRealTraceIsEvenRead(string option, string value)
    {
        // The trace does not exist: had the sweep read it (and calibrated on it, seconds of work) before checking its
        // arguments, the message would be about the trace.
        var r = InspectCliRunner.Run("sweep", "granularity", option, value, "--trace", "/nonexistent/trace.jsonl");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(option.TrimStart('-'), line);
        Assert.DoesNotContain("trace.jsonl", line);
    }
}
