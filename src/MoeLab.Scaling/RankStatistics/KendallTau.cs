using MoeLab.Core.Validation;

namespace MoeLab.Scaling.RankStatistics;

/// <summary>
/// Kendall's rank correlation τ-b, which corrects for ties in either variable (Kendall 1945):
/// τ_b = (n_c − n_d) / √((n_0 − n_x)(n_0 − n_y)), n_0 = n(n−1)/2, n_x and n_y the pairs tied in x and in y.
/// MathNet.Numerics has Pearson and Spearman but no Kendall. O(n²): meant for tens of points, not millions.
/// </summary>
public static class KendallTau
{
    /// <summary>τ-b of paired samples; NaN when either variable is constant (the ratio is 0/0).</summary>
    public static double B(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Preconditions.That(x.Count == y.Count, $"paired samples differ in length ({x.Count} vs {y.Count})", "y");
        Preconditions.That(x.Count >= 2, $"Kendall's τ needs at least 2 pairs, got {x.Count}", "x");
        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0;
        for (var i = 0; i < x.Count; i++)
        for (var j = i + 1; j < x.Count; j++)
        {
            var dx = Math.Sign(x[i] - x[j]);
            var dy = Math.Sign(y[i] - y[j]);
            if (dx == 0) tiedX++;
            if (dy == 0) tiedY++;
            if (dx * dy > 0) concordant++;
            else if (dx * dy < 0) discordant++;
        }
        var pairs = (long)x.Count * (x.Count - 1) / 2;
        return (concordant - discordant) / Math.Sqrt((double)(pairs - tiedX) * (pairs - tiedY));
    }
}
