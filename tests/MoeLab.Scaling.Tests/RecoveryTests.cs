using MoeLab.Core.Randomness;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

/// <summary>Data generated from known law parameters with seeded noise is fitted back.</summary>
public sealed class RecoveryTests
{
    private static List<RunPoint> Generate(IScalingLaw law, long seed, double noise, double[] experts)
    {
        var rng = SplitMix64.ForStream(seed);
        var runs = new List<RunPoint>();
        long row = 0;
        foreach (var e in experts)
            foreach (var n in new[] { 5e7, 1e8, 2e8, 5e8, 1e9, 2e9, 5e9 })
                foreach (var tokensPerParam in new[] { 5.0, 10, 20, 40, 80 })
                {
                    var d = n * tokensPerParam;
                    var loss = law.Loss(new LawInput(n, d, e)) * Math.Exp(noise * rng.NextGaussianUnpaired());
                    runs.Add(new RunPoint(n, d, 6 * n * d, loss, ++row, e));
                }
        return runs;
    }

    private static readonly IReadOnlyList<double[]> CoarseChinchillaGrid =
        StartGrids.Product([[0.0, 5, 10], [0.0, 5, 10], [-0.5, 0.5], [0.2, 0.6], [0.2, 0.6]]);

    [Fact]
    public void ChinchillaFit_GeneratedWithNoise_RecoversParameters()
    {
        var truth = new ChinchillaLaw(E: 1.8, A: 480, B: 2100, Alpha: 0.35, Beta: 0.37);
        var runs = Generate(truth, seed: 11, noise: 0.002, [1]);
        var fit = MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, FitPoint.From(runs), 1e-3), CoarseChinchillaGrid);
        var law = ChinchillaLseModel.ToChinchilla(fit.Theta);
        Assert.Equal(truth.E, law.E, 0.03);
        Assert.Equal(truth.Alpha, law.Alpha, 0.03);
        Assert.Equal(truth.Beta, law.Beta, 0.03);
        // Parameters trade off against each other; the allocation they imply is what must be stable.
        var expected = truth.OptimalAllocation(1e22).ParamsN;
        Assert.InRange(law.OptimalAllocation(1e22).ParamsN, expected * 0.8, expected * 1.25);
    }

    [Fact]
    public void ChinchillaFit_NoiseFree_RecoversExactly()
    {
        var truth = new ChinchillaLaw(E: 1.69, A: 406.4, B: 410.7, Alpha: 0.34, Beta: 0.28);
        var runs = Generate(truth, seed: 1, noise: 0, [1]);
        var fit = MultiStartFitter.Fit(new HuberObjective(ChinchillaLseModel.Instance, FitPoint.From(runs), 1e-3), CoarseChinchillaGrid,
            new FitOptions { GradientTolerance = 1e-12 });
        var law = ChinchillaLseModel.ToChinchilla(fit.Theta);
        Assert.Equal(truth.E, law.E, 1e-3);
        Assert.Equal(truth.A, law.A, truth.A * 0.01);
        Assert.Equal(truth.B, law.B, truth.B * 0.01);
        Assert.Equal(truth.Alpha, law.Alpha, 1e-3);
        Assert.Equal(truth.Beta, law.Beta, 1e-3);
    }

    [Fact]
    public void ExpressionFit_KaplanStyleLawWithFloor_RecoversParameters()
    {
        // L = E + (Nc/N)^a: fitted through the expression parser, its symbolic gradient and the bound transforms.
        var truth = new ExpressionLaw("E + (Nc/N)^a", [new("E", 2.0), new("Nc", 3e6), new("a", 0.3)]);
        var runs = Generate(truth, seed: 5, noise: 0.001, [1]);
        var form = LawForms.FromExpression("E + (Nc/N)^a",
            [new ParameterSpec("E", [1, 3], Lower: 0), new ParameterSpec("Nc", [1e5, 1e8], Lower: 0), new ParameterSpec("a", [0.1, 0.6], Lower: 0, Upper: 2)]);
        var outcome = FitService.Run(new FitRequest(new RunTable("generated", runs), form, new FitOptions()));
        var p = outcome.Law.Parameters.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(2.0, p["E"], 0.02);
        Assert.Equal(0.3, p["a"], 0.02);
        Assert.InRange(p["Nc"], 3e6 * 0.7, 3e6 * 1.4);
    }

    [Theory]
    [InlineData("kaplan-n", PowerLawVariable.ParamsN, 8.8e13, 0.076)]
    [InlineData("kaplan-c", PowerLawVariable.ComputeC, 2.3e8 * 8.64e19, 0.050)]
    public void KaplanFit_GeneratedWithNoise_RecoversKaplanConstants(string form, PowerLawVariable variable, double scale, double exponent)
    {
        // Kaplan et al. 2020's N_c = 8.8e13, α_N = 0.076 and C_c = 2.3e8 PF-days (in FLOPs), α_C = 0.050.
        var truth = new KaplanPowerLaw(variable, scale, exponent);
        var runs = Generate(truth, seed: 9, noise: 0.001, [1]);
        var outcome = FitService.Run(new FitRequest(new RunTable("generated", runs), LawForms.Create(form), new FitOptions()));
        var law = Assert.IsType<KaplanPowerLaw>(outcome.Law);
        Assert.Equal(exponent, law.Exponent, 0.003);
        Assert.InRange(Math.Log(law.Scale), Math.Log(scale) - 1, Math.Log(scale) + 1);
    }

    [Fact]
    public void JointMoeFit_GeneratedWithNoise_RecoversExpertEffect()
    {
        var saturation = new ClarkExpertSaturation(1, 300);
        var truth = new JointMoeLaw(30, -0.2, 0.1, -0.01, 35, -0.18, -0.3, 0.01, 1.4, saturation);
        var runs = Generate(truth, seed: 3, noise: 0.001, [1, 4, 16, 64]);
        var form = LawForms.Create("ludziejewski2025", saturation);
        var outcome = FitService.Run(new FitRequest(new RunTable("generated", runs), form, new FitOptions()));
        var law = (JointMoeLaw)outcome.Law;
        // The allocation and loss the law implies at E = 1 and E = 16 are what a planner uses.
        foreach (var e in new[] { 1.0, 16 })
        {
            var expected = truth.OptimalAllocation(1e20, e);
            var got = law.OptimalAllocation(1e20, e);
            Assert.Equal(expected.Loss, got.Loss, expected.Loss * 0.01);
            Assert.InRange(got.ParamsN, expected.ParamsN * 0.6, expected.ParamsN * 1.6);
        }
    }
}
