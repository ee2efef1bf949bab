using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using MoeLab.Scaling.Tests.Planning;

namespace MoeLab.Cli.Tests;

/// <summary><c>moelab plan --runs</c> with a multi-scale table: seed 001's pipeline end to end, and its exit-2 messages.</summary>
public sealed class PlanRunsPipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-plan-runs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Plan_MultiScaleRuns_RecoversThePowerLawsAndPlansNearTheTrueOptimum()
    {
        var ladder = SyntheticLadder.PaperLike();
        var runs = Write("ladder.csv", ladder.Lines());
        var html = Path.Combine(_dir, "plan.html");

        var r = InspectCliRunner.Run("plan", "--compute", "1e21", "--runs", runs, "--bootstrap", "100", "--json", "--html", html);

        Assert.Equal(0, r.ExitCode);
        var data = JsonNode.Parse(r.Stdout)!["data"]!;
        var laws = data["runs_pipeline"]!["power_laws"]!.AsArray().ToDictionary(l => l!["quantity"]!.GetValue<string>());
        Assert.Equal(ladder.FlopsRatio.Exponent, laws["m_over_na"]!["exponent"]!.GetValue<double>(), 1e-6);
        Assert.Equal(ladder.TotalPerActive.Exponent, laws["n_over_na"]!["exponent"]!.GetValue<double>(), 1e-6);
        Assert.Equal(ladder.HiddenSize.Exponent, laws["d"]!["exponent"]!.GetValue<double>(), 1e-6);
        Assert.Equal(ladder.MinimumLoss.Exponent, laws["loss"]!["exponent"]!.GetValue<double>(), 1e-6);
        Assert.Equal(6, data["runs_pipeline"]!["scales"]!.AsArray().Count);
        Assert.Equal(ladder.HiddenSize.At(1e21), data["chosen"]!["hidden_size"]!.GetValue<int>(), 0.02 * ladder.HiddenSize.At(1e21));
        Assert.Equal(3, data["runs_pipeline"]!["interval_plans"]!.AsArray().Count);
        var page = File.ReadAllText(html);
        // One chart per scale and curve, one per power law.
        Assert.Equal(18, Regex.Count(page, "<h2>C = [^<]* FLOPs: loss vs "));
        Assert.Equal(4, Regex.Count(page, "<h2>[^<]* against compute: "));
    }

    [Fact]
    public void Plan_CurveWithoutMinimum_PlansFromTheBestRunAndLabelsIt()
    {
        var runs = Write("concave.csv", SyntheticLadder.PaperLike().LinesWithoutWidthMinimumAt(1e19));

        var r = InspectCliRunner.Run("plan", "--compute", "1e21", "--runs", runs, "--bootstrap", "50", "--json");

        Assert.Equal(0, r.ExitCode);
        var json = JsonNode.Parse(r.Stdout)!;
        var scale = json["data"]!["runs_pipeline"]!["scales"]!.AsArray().Single(s => s!["compute_flops"]!.GetValue<double>() == 1e19)!;
        var fit = scale["fits"]!.AsArray().Single(f => f!["variable"]!.GetValue<string>() == "d")!;
        Assert.Equal(("BestRun", "best_run", true), (fit["exit"]!.GetValue<string>(), fit["optimum_source"]!.GetValue<string>(), fit["optimum_at_edge"]!.GetValue<bool>()));
        var widest = fit["points"]!.AsArray().MaxBy(p => p!["x"]!.GetValue<double>())!;
        Assert.Equal(widest["x"]!.GetValue<double>(), fit["optimum"]!.GetValue<double>());
        Assert.Equal(widest["loss"]!.GetValue<double>(), scale["min_loss"]!.GetValue<double>());
        var warning = Assert.Single(json["warnings"]!.AsArray(), w => w!["code"]!.GetValue<string>() == "runs-optimum-best-run")!["message"]!.GetValue<string>();
        Assert.StartsWith("C = 1e+19 FLOPs: the fitted loss-vs-d curve", warning);
        Assert.Contains($"(row {widest["row"]!.GetValue<int>()},", warning);
        Assert.Contains("so it is a bound", warning);
    }

    /// <summary>Bad tables: each case names the lines, and the row and column the one-line message must name.</summary>
    private static readonly Dictionary<string, (Func<List<string>> Lines, int Row, string Column, string Detail)> Bad = new()
    {
        ["missing column"] = (() => [.. Ladder().Select(l => string.Join(',', l.Split(',').Take(1).Concat(l.Split(',').Skip(2))))], 1, "loss", "missing column 'loss'"),
        ["non-finite"] = (() => Replace(Ladder(), 5, 1, "inf"), 5, "loss", "'inf' is not a finite number"),
        ["non-positive c"] = (() => Replace(Ladder(), 7, 4, "0"), 7, "c", "must be positive"),
        ["one scale"] = (() => [.. SyntheticLadder.PaperLike(scales: [1e19]).Lines()], 2, "c", "found 1 scale (C = 1e+19 FLOPs, rows 2–51); power laws of the optima in C need runs at 2 or more budgets"),
        ["three widths"] = (() => Ladder().SkipLast(6).ToList(), 73, "d", "C = 1e+20 FLOPs (rows 52–95): the loss-vs-d fit has 3 distinct d value(s)"),
        ["bad phase"] = (() => Replace(Ladder(), 3, 2, "3"), 3, "phase", "must be 1 (the M/N_a × N/N_a search), 2 (the d sweep) or blank"),
    };

    public static TheoryData<string> BadCases => [.. Bad.Keys];

    private static List<string> Ladder() => [.. SyntheticLadder.PaperLike(scales: [1e19, 1e20]).Lines()];

    /// <summary>The lines with the cell at (file row, column index) replaced.</summary>
    private static List<string> Replace(List<string> lines, int row, int column, string value)
    {
        var cells = lines[row - 1].Split(',');
        cells[column] = value;
        lines[row - 1] = string.Join(',', cells);
        return lines;
    }

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Plan_BadMultiScaleRuns_ExitsTwoNamingFileRowAndColumn(string name)
    {
        var (lines, row, column, detail) = Bad[name];
        var runs = Write("bad.csv", lines());

        var r = InspectCliRunner.Run("plan", "--compute", "1e21", "--runs", runs, "--bootstrap", "20");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith($"moelab: {runs}, line {row}, field '{column}': {detail}", r.Stderr.Trim());
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Plan_MultiScaleRunsWithHeldRatio_ExitsTwo()
    {
        var runs = Write("ladder.csv", Ladder());

        var r = InspectCliRunner.Run("plan", "--compute", "1e21", "--runs", runs, "--n-over-na", "20");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"moelab: {runs}, field 'n-over-na': with a multi-scale runs table", r.Stderr.Trim());
    }
}
