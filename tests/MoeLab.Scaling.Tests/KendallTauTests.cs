using MoeLab.Scaling.RankStatistics;

namespace MoeLab.Scaling.Tests;

public sealed class KendallTauTests
{
    [Fact]
    public void B_WithOneTieInEachVariable_MatchesHandCount()
    {
        // Of the 10 pairs: 7 concordant, 1 discordant ((1,2) vs (2,1)), 1 tied in x only, 1 tied in y only:
        // τ_b = (7 − 1) / √((10 − 1)(10 − 1)) = 2/3.
        double[] x = [1, 2, 2, 3, 4], y = [2, 1, 3, 3, 5];
        Assert.Equal(2.0 / 3.0, KendallTau.B(x, y), 12);
    }

    [Fact]
    public void B_PerfectAndReversedOrders_ArePlusAndMinusOne()
    {
        double[] x = [0.3, 0.1, 0.7, 0.5];
        Assert.Equal(1.0, KendallTau.B(x, x.Select(v => 2 * v + 1).ToArray()), 12);
        Assert.Equal(-1.0, KendallTau.B(x, x.Select(v => -v).ToArray()), 12);
    }

    [Fact]
    public void B_ConstantVariable_IsNaN() => Assert.True(double.IsNaN(KendallTau.B([1, 2, 3], [5, 5, 5])));
}
