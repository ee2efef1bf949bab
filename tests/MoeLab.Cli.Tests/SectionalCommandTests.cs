using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

/// <summary>
/// `moelab sectional` end to end, run as a child process so the tests see real exit codes and streams and
/// never share a redirected Console with other test classes.
/// </summary>
public class SectionalCommandTests
{
    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var cli = typeof(MoeLab.Cli.Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MOELAB_DEBUG"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Sectional_H100Example_PrintsTableAndWritesChartOfCostVsE()
    {
        var html = Path.Combine(Path.GetTempPath(), $"moelab-sectional-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, stdout, stderr) = Run("sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm", "--html", html, "--verbose");
            Assert.True(exit == 0, stderr);
            Assert.Contains("Cost vs E", stdout);
            Assert.Contains("Optimal number of sections", stdout);
            Assert.Contains("What sectioning gives up", stdout);
            // Every buildable E up to 256 divides 4096: the powers of two, each a table row.
            foreach (var e in new[] { "256", "128", "64" }) Assert.Contains(e, stdout);
            var page = File.ReadAllText(html);
            Assert.Contains("Time per layer vs number of sections E", page);
            Assert.Contains("vega-lite", page);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Sectional_Json_CarriesTheCurveAndAgreeingOptima()
    {
        var (exit, stdout, stderr) = Run("sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm", "--json");
        Assert.True(exit == 0, stderr);
        var data = JsonNode.Parse(stdout)!["data"]!;
        var total = data["optima"]!["total_work"]!;
        var curve = total["curve"]!.AsArray();
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256], curve.Select(p => (int)p!["expert_count"]!.GetValue<long>()));
        double closed = total["closed_form"]!["expert_count"]!.GetValue<double>();
        double numeric = total["numeric"]!["expert_count"]!.GetValue<double>();
        Assert.Equal(closed, numeric, 3);
        // The integer optimum is the cheapest row of the curve.
        long best = curve.MinBy(p => p!["total_work_s"]!.GetValue<double>())!["expert_count"]!.GetValue<long>();
        Assert.Equal(best, total["integer_optimum"]!.GetValue<long>());
        // The paper's A_trad = L·3·d0² for L = 2048, d0 = 4096.
        Assert.Equal(2048.0 * 3 * 4096 * 4096, data["paper_traditional_qkv_macs"]!.GetValue<double>());
    }

    [Fact]
    public void Sectional_ExpertCountNotDividingD_ExitsTwoNamingTheOption()
    {
        var (exit, stdout, stderr) = Run("sectional", "--d", "4096", "--seq", "2048", "--experts", "3");
        Assert.Equal(2, exit);
        Assert.Contains("--experts", stderr);
        Assert.Contains("does not divide d = 4096", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Sectional_NegativeD_ExitsTwoNamingTheOption()
    {
        var (exit, _, stderr) = Run("sectional", "--d", "-4096", "--seq", "2048");
        Assert.Equal(2, exit);
        Assert.Contains("--d", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Sectional_UnknownHardware_ExitsTwoSuggestingTheNearest()
    {
        var (exit, _, stderr) = Run("sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sx");
        Assert.Equal(2, exit);
        Assert.Contains("--hardware", stderr);
        Assert.Contains("h100-sxm", stderr);
    }

    [Fact]
    public void Sectional_UserGamma2_ClosedFormIsTheCubeRootDerivedByHand()
    {
        var (exit, stdout, stderr) = Run("sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm", "--gamma2", "1e-6", "--json");
        Assert.True(exit == 0, stderr);
        var total = JsonNode.Parse(stdout)!["data"]!["optima"]!["total_work"]!;
        // Only the FFN depends on E: time = a/E + const + γ2·E², a = 2·(2·4·n·d²)/peak, E* = (a / 2γ2)^(1/3).
        double a = 2 * (2 * 4.0 * 2048 * 4096 * 4096) / 989.5e12;
        double expected = Math.Cbrt(a / (2 * 1e-6));
        Assert.Equal(expected, total["closed_form"]!["expert_count"]!.GetValue<double>(), 6);
        Assert.Equal(expected, total["numeric"]!["expert_count"]!.GetValue<double>(), 3);
    }
}
