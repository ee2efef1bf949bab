using System.Reflection;

namespace MoeLab.Offload.Tests.Analytic;

public class AccurateMathTests
{
    // AccurateMath is internal; reach it by reflection rather than widen the library's surface.
    private static readonly Type Subject =
        typeof(MoeLab.Offload.Analytic.CheApproximation).Assembly.GetType("MoeLab.Offload.Analytic.AccurateMath")!;

    private static double Call(string name, double x) => (double)Subject.GetMethod(name)!.Invoke(null, [x])!;

    [Theory]
    [InlineData(-0.1)]
    [InlineData(-1e-3)]
    [InlineData(1e-9)]
    [InlineData(-30)]
    [InlineData(2)]
    public void ExpM1_MatchesTaylorSumToFourteenDigits(double x)
    {
        // Σ_{n≥1} x^n / n!, summed until the terms vanish (exact enough for |x| ≤ 2; for x = −30 the answer is −1 + e^−30).
        double expected;
        if (x < -10) expected = -1 + Math.Exp(x);
        else
        {
            double term = x, sum = 0;
            for (var n = 2; Math.Abs(term) > 1e-300 && n < 200; n++) { sum += term; term *= x / n; }
            expected = sum;
        }
        Assert.True(Math.Abs(Call("ExpM1", x) - expected) <= 1e-14 * Math.Abs(expected), $"{Call("ExpM1", x):R} vs {expected:R}");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(-1e-7)]
    [InlineData(0.5)]
    public void Log1P_MatchesSeries(double x)
    {
        // ln(1 + x) = Σ (−1)^(n+1) x^n / n for |x| < 1.
        double sum = 0, power = x;
        for (var n = 1; n < 400; n++) { sum += (n % 2 == 1 ? 1 : -1) * power / n; power *= x; }
        Assert.True(Math.Abs(Call("Log1P", x) - sum) <= 1e-14 * Math.Abs(sum));
    }
}
