using System.Globalization;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using MoeLab.Testing;

namespace MoeLab.Scaling.Tests;

/// <summary>Approach 2 on Porian et al.'s IsoFLOP grids and on data generated from a known law.</summary>
public sealed class IsoFlopTests
{
    private static List<string[]> ReadRows(string file, out string[] header)
    {
        var lines = File.ReadAllLines(TestPaths.SharedFile("scaling", file));
        header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).ToList();
    }

    private static (List<RunPoint> Runs, double PublishedA) PorianConfiguration(string dataset, string paperLabel)
    {
        var rows = ReadRows("porian2024_isoflop_points.csv", out var h);
        int Col(string name) => Array.IndexOf(h, name);
        var runs = rows.Where(r => r[Col("dataset")] == dataset && r[Col("paper_label")] == paperLabel)
            .Select((r, i) => new RunPoint(double.Parse(r[Col("N")], CultureInfo.InvariantCulture), double.Parse(r[Col("D_tokens")], CultureInfo.InvariantCulture),
                double.Parse(r[Col("flops")], CultureInfo.InvariantCulture), double.Parse(r[Col("loss")], CultureInfo.InvariantCulture), i + 1)).ToList();
        var exponents = ReadRows("porian2024_fitted_exponents.csv", out var he);
        var row = exponents.Single(r => r[Array.IndexOf(he, "dataset")] == dataset && r[Array.IndexOf(he, "paper_label")] == paperLabel);
        return (runs, double.Parse(row[Array.IndexOf(he, "a_N_exponent")], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void IsoFlop_PorianOptimizerTuning_ExponentWithin002OfAuthors(int? window)
    {
        var (runs, published) = PorianConfiguration("rw", "Optimizer tuning (no decay)");
        Assert.True(runs.Count > 20);
        var result = IsoFlopApproach2.Fit(runs, window);
        Assert.InRange(result.ParamsExponent, published - 0.02, published + 0.02);
        // D = C/(6N) on every run, so the exponents sum to 1.
        Assert.Equal(1.0, result.ParamsExponent + result.TokensExponent, 1e-9);
    }

    [Fact]
    public void IsoFlop_AllPorianConfigurations_FivePointWindowTracksAuthors()
    {
        // Porian's grids reach far past the optimum on the large-N side, where loss is not parabolic in ln N:
        // fitting all points gives a = 1.21 for "Reproducing Kaplan et al." (authors: 0.835). A five-point window
        // around each budget's minimum lands within 0.02 on 9 of the 11 configurations and within 0.03 on all
        // (measured: worst 0.029 on "Reproducing Kaplan et al." / RefinedWeb, 0.023 on cosine decay / OWT2).
        var rows = ReadRows("porian2024_fitted_exponents.csv", out var he);
        var errors = rows.Select(r =>
        {
            var (runs, published) = PorianConfiguration(r[Array.IndexOf(he, "dataset")], r[Array.IndexOf(he, "paper_label")]);
            return Math.Abs(IsoFlopApproach2.Fit(runs, neighbours: 2).ParamsExponent - published);
        }).ToList();
        Assert.Equal(11, errors.Count);
        Assert.True(errors.Count(e => e <= 0.02) >= 9, string.Join(", ", errors.Select(e => e.ToString("F3"))));
        Assert.All(errors, e => Assert.True(e <= 0.03));
    }

    [Fact]
    public void IsoFlop_GeneratedFromChinchilla_RecoversClosedFormExponent()
    {
        // Parabolas in ln N are only approximations of the true IsoFLOP curve, so a narrow grid recovers a well.
        var law = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        var runs = new List<RunPoint>();
        long row = 0;
        foreach (var c in new[] { 1e18, 1e19, 1e20, 1e21, 1e22 })
        {
            var nOpt = law.OptimalAllocation(c).ParamsN;
            for (var k = -4; k <= 4; k++)
            {
                var n = nOpt * Math.Exp(0.1 * k);
                var d = c / (6 * n);
                runs.Add(new RunPoint(n, d, c, law.Loss(n, d), ++row));
            }
        }
        var result = IsoFlopApproach2.Fit(runs);
        Assert.Equal(law.ParamsExponent, result.ParamsExponent, 0.002);
        Assert.All(result.Budgets, b => Assert.True(b.Used));
        Assert.Equal(law.OptimalAllocation(1e20).ParamsN, result.OptimalParams(1e20), law.OptimalAllocation(1e20).ParamsN * 0.01);
    }

    [Fact]
    public void IsoFlop_SingleBudget_IsBadInput()
    {
        var runs = Enumerable.Range(1, 5).Select(i => new RunPoint(1e8 * i, 1e19 / (6e8 * i), 1e19, 3 + 0.01 * (i - 3) * (i - 3), i)).ToList();
        var e = Assert.Throws<Core.Validation.InvalidInputException>(() => IsoFlopApproach2.Fit(runs));
        Assert.Contains("at least 2 compute budgets", e.Message);
    }
}
