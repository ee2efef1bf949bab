using MoeLab.Core.Seed001;
using MoeLab.Scaling.Planning;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>An oracle defined by a function of (x = M/N_a, y = N/N_a, d): a loss surface whose minimum the test chose.</summary>
internal sealed class SurfaceOracle(Func<double, double, double, double> surface, bool seesWidth = true) : ILossOracle
{
    public int Calls;

    public string Name => "test surface";
    public string Description => "a surface chosen by the test";
    public bool SeesHiddenSize => seesWidth;

    public double PredictLoss(in OracleQuery query)
    {
        Interlocked.Increment(ref Calls);
        return surface(query.Triad.FlopsPerActiveParam, query.Triad.TotalPerActiveParam, query.HiddenSize);
    }
}

/// <summary>Seed 001's published compute split D_opt = 22.8929·C^0.4563, written out independently for tests.</summary>
internal sealed class PaperSplit : IComputeSplit
{
    public string Name => "test: D = 22.8929·C^0.4563";
    public double TokensFor(double computeFlops) => 22.8929 * Math.Pow(computeFlops, 0.4563);
}

internal static class PlanningFixtures
{
    public static readonly Seed001ShapeRealizer PaperRealizer = new(Seed001Backbone.Paper);

    /// <summary>y_max = (N_e + 1)/(K + 1) = 289/9 for the paper's backbone.</summary>
    public const double PaperExpansionLimit = 289.0 / 9.0;

    /// <summary>
    /// A separable surface with its minimum at x* = 8, y* = 12, d* = 2000 (hand-derived):
    /// 0.3/(x−6) + 0.075x is least at 6 + √(0.3/0.075) = 8; a/(y−1) + b/(Y−y) is least where (Y−y)/(y−1) = √(b/a),
    /// so b = a·((Y−12)/11)²; 0.02·(d/1000 − 2)² is least at d = 2000.
    /// </summary>
    public static double KnownSurface(double x, double y, double d)
    {
        const double a = 0.11;
        var b = a * Math.Pow((PaperExpansionLimit - 12) / 11, 2);
        return 2.0 + 0.3 / (x - 6) + 0.075 * x + a / (y - 1) + b / (PaperExpansionLimit - y) + 0.02 * Math.Pow(d / 1000 - 2, 2);
    }
}
