using System.Globalization;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;
using MoeLab.Cli.Infrastructure;
using MoeLab.Scaling.Laws;

namespace MoeLab.Cli.Tests;

/// <summary>
/// The fit command end to end through the real parser: exit codes, the row-numbered bad-input message, the
/// JSON result and the law file it writes. Console output is captured, so these tests do not run in parallel.
/// </summary>
[Collection("console")]
public sealed class FitCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-fit-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var root = new System.CommandLine.RootCommand { FitCommand.Create() };
            return (root.Parse(args).Invoke(), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    /// <summary>Runs generated from a known Chinchilla law on 4 sizes × 4 token ratios.</summary>
    private string WriteRuns(string? badLine = null)
    {
        var law = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        var lines = new List<string> { "params,tokens,final_loss" };
        foreach (var n in new[] { 1e8, 3e8, 1e9, 3e9 })
            foreach (var k in new[] { 5.0, 20, 80, 320 })
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{n},{n * k},{law.Loss(n, n * k)}"));
        if (badLine is not null) lines.Insert(4, badLine); // data row 4 (line 5)
        var path = Path.Combine(_dir, "runs.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private string WriteSpec()
    {
        var path = Path.Combine(_dir, "spec.json");
        File.WriteAllText(path, """
            { "expression": "E + A/N^alpha + B/D^beta",
              "parameters": { "E": {"start": [1, 2], "lower": 0}, "A": {"start": [100, 1000], "lower": 0},
                              "B": {"start": [100, 1000], "lower": 0}, "alpha": {"start": [0.3], "lower": 0, "upper": 2},
                              "beta": {"start": [0.3], "lower": 0, "upper": 2} } }
            """);
        return path;
    }

    [Fact]
    public void Fit_BadRow_ExitsTwoNamingFileRowAndColumn()
    {
        var path = WriteRuns(badLine: "1e8,NaN,3.0");
        var (exit, _, err) = Run("fit", path, "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss", "--law-spec", WriteSpec());
        Assert.Equal(CommandRunner.BadInput, exit);
        Assert.Contains("line 5", err);
        Assert.Contains("'tokens'", err);
        Assert.Contains(path, err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Fit_DuplicateRows_WarnOnceOnStderrWithTheCountAndFirstRows()
    {
        var path = WriteRuns();
        var lines = File.ReadAllLines(path);
        File.AppendAllLines(path, [lines[1], lines[2], lines[1]]); // a rerun that appended its runs again: lines 18–20
        string[] args = ["fit", path, "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss", "--law-spec", WriteSpec()];
        const string expected = "3 rows repeat an earlier row exactly (line 18 = line 2, line 19 = line 3, line 20 = line 2)";

        // On a terminal: one line on stderr, before the fit, and not again in the report.
        var (exit, stdout, err) = Run(args);
        Assert.Equal(0, exit);
        var warning = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"moelab fit: warning: {path}: {expected}", warning);
        Assert.DoesNotContain("repeat", stdout);

        // The JSON result keeps it among its warnings, for whoever reads the file instead of the terminal.
        var (_, json, _) = Run([.. args, "--json"]);
        Assert.Contains(JsonNode.Parse(json)!["warnings"]!.AsArray(), w => w!["message"]!.GetValue<string>().StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(19, JsonNode.Parse(json)!["data"]!["runs_fitted"]!.GetValue<int>());

        File.WriteAllLines(path, lines);
        Assert.Equal("", Run(args).Err);
    }

    [Fact]
    public void Fit_OneRowFile_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(_dir, "one.csv");
        File.WriteAllLines(path, ["params,tokens,final_loss", "1e8,2e9,3.1"]);
        var (exit, _, err) = Run("fit", path, "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss");
        Assert.Equal(CommandRunner.BadInput, exit);
        Assert.Equal($"moelab: {path}, field 'data': 1 run cannot identify the 5 parameters of the chinchilla form; it needs at least 6", err.Trim());
    }

    [Fact]
    public void Fit_UnknownLaw_ExitsTwoListingForms()
    {
        var (exit, _, err) = Run("fit", WriteRuns(), "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss", "--law", "chinchila");
        Assert.Equal(CommandRunner.BadInput, exit);
        Assert.Contains("krajewski2024", err);
    }

    [Fact]
    public void Fit_ExpressionSpec_JsonAndLawFileRecoverGeneratingLaw()
    {
        var lawPath = Path.Combine(_dir, "fitted.json");
        var (exit, stdout, err) = Run("fit", WriteRuns(), "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss",
            "--law-spec", WriteSpec(), "--compute", "5.76e23", "--json", "-o", lawPath);
        Assert.True(exit == CommandRunner.Ok, err);
        var json = JsonNode.Parse(stdout)!;
        var fitted = LawFile.Load(lawPath).ToLaw();
        Assert.Equal(0.34, fitted.Parameters.Single(p => p.Key == "alpha").Value, 0.01);
        Assert.Equal(0.28, fitted.Parameters.Single(p => p.Key == "beta").Value, 0.01);
        // The JSON allocation is the fitted law's numeric optimum, close to the generating law's closed form.
        var expected = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28).OptimalAllocation(5.76e23).ParamsN;
        var reported = json["data"]!["allocation"]!["params_n"]!.GetValue<double>();
        Assert.InRange(reported, expected * 0.9, expected * 1.1);
        Assert.Equal(16, json["data"]!["runs_fitted"]!.GetValue<int>());
    }

    [Fact]
    public void Fit_RefitFromLawFile_WarmStartsAndAgrees()
    {
        var first = Path.Combine(_dir, "first.json");
        var second = Path.Combine(_dir, "second.json");
        var common = new[] { "--n-column", "params", "--d-column", "tokens", "--loss-column", "final_loss", "--json" };
        var runs = WriteRuns();
        Assert.Equal(0, Run(["fit", runs, "--law-spec", WriteSpec(), "-o", first, .. common]).Exit);
        var (exit, _, err) = Run(["fit", runs, "--law", first, "-o", second, .. common]);
        Assert.True(exit == 0, err);
        var a = LawFile.Load(first).ToLaw();
        var b = LawFile.Load(second).ToLaw();
        var input = new LawInput(5e9, 1e11);
        Assert.Equal(a.Loss(input), b.Loss(input), 1e-4);
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
