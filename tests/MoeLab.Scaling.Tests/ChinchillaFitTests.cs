using System.Diagnostics;
using MoeLab.Scaling.Fitting;
using Xunit.Abstractions;

namespace MoeLab.Scaling.Tests;

public sealed class ChinchillaFitTests(ITestOutputHelper output)
{
    [Fact]
    public void ChinchillaFit_PublishedProcedure_ReproducesBesiroglu()
    {
        var points = FitPoint.From(ChinchillaData.Published240);
        Assert.Equal(240, points.Length);
        var objective = new HuberObjective(ChinchillaLseModel.Instance, points, delta: 1e-3);
        var sw = Stopwatch.StartNew();
        var fit = MultiStartFitter.Fit(objective, StartGrids.Chinchilla4500());
        output.WriteLine($"{sw.Elapsed.TotalSeconds:F2}s obj={fit.Objective:R} basin={fit.StartsInBestBasin} failed={fit.FailedStarts} exit={fit.ExitReason} it={fit.Iterations}");
        var law = ChinchillaLseModel.ToChinchilla(fit.Theta);
        output.WriteLine(law.ToString());
        Assert.Equal(0.0010182740, fit.Objective, 0.0010182740 * 5e-4);
        Assert.InRange(law.A, 477.84 * 0.99, 477.84 * 1.01);
        Assert.InRange(law.B, 2143.86 * 0.99, 2143.86 * 1.01);
        Assert.InRange(law.E, 1.81724 * 0.99, 1.81724 * 1.01);
        Assert.InRange(law.Alpha, 0.347313 * 0.99, 0.347313 * 1.01);
        Assert.InRange(law.Beta, 0.367183 * 0.99, 0.367183 * 1.01);
    }
}
