namespace MoeLab.Offload.Analytic;

/// <summary>
/// e^x − 1 and ln(1 + x) without cancellation near 0. MathNet's <c>SpecialFunctions.Expm1</c> is a truncated
/// series (relative error ~1e-8 at x = −0.1, measured), and .NET's generic <c>double.ExpM1</c> is
/// <c>Exp(x) − 1</c>; Kahan's corrections are exact to a few ulps everywhere.
/// </summary>
internal static class AccurateMath
{
    public static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0) return x;
        var um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }

    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
