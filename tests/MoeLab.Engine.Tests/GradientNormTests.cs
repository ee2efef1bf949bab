using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>The gradient norm sums squares in fixed parallel chunks with vector lanes; checked against a plain float64
/// loop written here, at a length that leaves a ragged last chunk and a vector tail, and for repeatability.</summary>
public sealed class GradientNormTests
{
    [Fact]
    public void MatchesAPlainFloat64Sum_AndRepeats()
    {
        var random = new Random(7);
        var g = Enumerable.Range(0, (1 << 17) + 12_345).Select(_ => (float)(random.NextDouble() * 2 - 1) * 1e-3f).ToArray();
        var sum = 0.0;
        foreach (var v in g) sum += (double)v * v;
        var norm = TrainingSession.GradientNorm(g);
        Assert.Equal(Math.Sqrt(sum), norm, 1e-12 * Math.Sqrt(sum));
        for (var i = 0; i < 10; i++) Assert.Equal(norm, TrainingSession.GradientNorm(g));
        Assert.Equal(0.0, TrainingSession.GradientNorm([]));
        Assert.Equal(5.0, TrainingSession.GradientNorm([3f, 4f]));
    }
}
