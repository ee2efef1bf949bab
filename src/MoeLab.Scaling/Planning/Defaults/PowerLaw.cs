using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>y = Coefficient·x^Exponent, fitted by least squares in log–log space (how seed 001's App. F.2 fits hyper-parameters against C).</summary>
public sealed record PowerLaw(double Coefficient, double Exponent)
{
    public double At(double x) => Coefficient * Math.Pow(x, Exponent);

    /// <summary>Ordinary least squares of ln y on ln x; needs two distinct positive x.</summary>
    public static PowerLaw Fit(IReadOnlyList<(double X, double Y)> points, string field)
    {
        Preconditions.That(points.Count >= 2, $"a power law needs at least 2 points, got {points.Count}", field);
        foreach (var (x, y) in points)
            Preconditions.That(x > 0 && y > 0 && double.IsFinite(x) && double.IsFinite(y), $"power-law points must be positive and finite, got ({x}, {y})", field);
        var lx = points.Select(p => Math.Log(p.X)).ToArray();
        var ly = points.Select(p => Math.Log(p.Y)).ToArray();
        double mx = lx.Average(), my = ly.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < lx.Length; i++)
        {
            sxy += (lx[i] - mx) * (ly[i] - my);
            sxx += (lx[i] - mx) * (lx[i] - mx);
        }
        Preconditions.That(sxx > 0, "a power law needs two distinct x values", field);
        var slope = sxy / sxx;
        return new PowerLaw(Math.Exp(my - slope * mx), slope);
    }

    public override string ToString() => $"{Coefficient:0.####e+0}·C^{Exponent:0.####}";
}
