namespace MoeLab.Engine.Tests;

/// <summary>Central finite differences in float64 against an analytic gradient.</summary>
internal static class GradientCheck
{
    public const double Step = 1e-6;

    /// <summary>
    /// For each index, perturbs values[i] by ±h, evaluates the loss, and compares (L+ − L−)/2h with analytic[i].
    /// Gradients smaller than <paramref name="floor"/> are compared relative to the floor (rounding noise of a long
    /// computation makes their finite differences meaningless below it). Returns the worst relative error |a − n| / max(1e-8, |a| + |n|) and fails above <paramref name="tolerance"/>.
    /// </summary>
    public static double Assert(string what, double[] values, double[] analytic, Func<double> loss, IEnumerable<int> indices, double tolerance = 1e-5, double step = Step, double floor = 0)
    {
        var worst = 0.0;
        var checkedAny = false;
        foreach (var i in indices)
        {
            var saved = values[i];
            values[i] = saved + step;
            var plus = loss();
            values[i] = saved - step;
            var minus = loss();
            values[i] = saved;
            var numeric = (plus - minus) / (2 * step);
            var error = Math.Abs(analytic[i] - numeric) / Math.Max(Math.Max(1e-8, floor), Math.Abs(analytic[i]) + Math.Abs(numeric));
            // Tiny gradients are dominated by finite-difference noise; compare them absolutely.
            if (floor == 0 && Math.Abs(analytic[i]) + Math.Abs(numeric) < 1e-7) error = Math.Abs(analytic[i] - numeric) * 1e3;
            worst = Math.Max(worst, error);
            checkedAny = true;
            Xunit.Assert.True(error <= tolerance, $"{what}[{i}]: analytic {analytic[i]:G10} vs numeric {numeric:G10} (relative error {error:G3})");
        }
        Xunit.Assert.True(checkedAny, $"{what}: no index checked");
        return worst;
    }

    public static IEnumerable<int> Sample(int length, int count, int seed)
    {
        if (length <= count) return Enumerable.Range(0, length);
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => rng.Next(length)).Distinct();
    }

    public static double[] Random(int length, int seed, double scale = 1.0)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => (rng.NextDouble() * 2 - 1) * scale).ToArray();
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
