using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Tests;

public sealed class LawTests
{
    private static readonly ChinchillaLaw Law = new(E: 1.81724, A: 477.84, B: 2143.86, Alpha: 0.347313, Beta: 0.367183);

    [Theory]
    [InlineData(1e18)]
    [InlineData(5.76e23)]
    [InlineData(1e26)]
    public void ChinchillaLaw_ClosedFormOptimum_MatchesNumericSearch(double compute)
    {
        var closed = Law.OptimalAllocation(compute);
        var numeric = NumericComputeOptimum.Find(Law, compute);
        Assert.Equal(numeric.ParamsN, closed.ParamsN, numeric.ParamsN * 1e-5);
        Assert.Equal(numeric.Loss, closed.Loss, 1e-12);
    }

    [Fact]
    public void ChinchillaLaw_Optimum_IsLowestLossOnTheIsoFlopLine()
    {
        var c = 1e22;
        var opt = Law.OptimalAllocation(c);
        foreach (var factor in new[] { 0.8, 0.95, 1.05, 1.25 })
        {
            var n = opt.ParamsN * factor;
            Assert.True(Law.Loss(n, c / (6 * n)) > opt.Loss);
        }
    }

    [Fact]
    public void JointMoeLaw_AtExperts_IsChinchillaWithTransformedCoefficients()
    {
        var saturation = new ClarkExpertSaturation(1, 300);
        var law = new JointMoeLaw(30, -0.2, 0.2, -0.01, 35, -0.18, -0.5, 0.02, 1.4, saturation);
        double n = 5e8, d = 1e10, e = 8;
        var eHat = saturation.Transform(e);
        var expected = 30 * Math.Pow(eHat, 0.2) * Math.Pow(n, -0.2 - 0.01 * Math.Log(eHat))
                     + 35 * Math.Pow(eHat, -0.5) * Math.Pow(d, -0.18 + 0.02 * Math.Log(eHat)) + 1.4;
        Assert.Equal(expected, law.Loss(new LawInput(n, d, Experts: e)), 1e-12);
        var numeric = NumericComputeOptimum.Find(law, 1e20, experts: e);
        Assert.Equal(numeric.ParamsN, law.OptimalAllocation(1e20, experts: e).ParamsN, numeric.ParamsN * 1e-5);
    }

    [Fact]
    public void ClarkSaturation_EndpointsAndMonotone()
    {
        var s = new ClarkExpertSaturation(1, 300);
        Assert.Equal(1, s.Transform(1), 1e-12);
        Assert.True(s.Transform(8) < 8 && s.Transform(8) > 7);
        Assert.True(s.Transform(1e9) < 300 && s.Transform(1e9) > 299);
        var e2 = new ClarkExpertSaturation(1.85, 300);
        Assert.Equal(1.85, e2.Transform(1), 1e-12);
    }

    [Fact]
    public void KaplanPowerLaw_ComputeVariable_Uses6ND()
    {
        var law = new KaplanPowerLaw(PowerLawVariable.ComputeC, 2.3e8, 0.05);
        Assert.Equal(Math.Pow(2.3e8 / (6 * 1e8 * 2e9), 0.05), law.Loss(new LawInput(1e8, 2e9)), 1e-14);
    }

    [Fact]
    public void ExpressionLaw_ChinchillaText_AgreesWithChinchillaLaw()
    {
        var law = new ExpressionLaw("E + A/N^alpha + B/D^beta",
            [new("E", Law.E), new("A", Law.A), new("B", Law.B), new("alpha", Law.Alpha), new("beta", Law.Beta)]);
        var input = new LawInput(7e10, 1.4e12);
        Assert.Equal(Law.Loss(input), law.Loss(input), 1e-12);
        Assert.Equal(Law.OptimalAllocation(5.76e23).ParamsN, law.OptimalAllocation(5.76e23).ParamsN, 1e6);
    }
}
