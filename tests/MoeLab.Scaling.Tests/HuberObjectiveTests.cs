using MoeLab.Core.Randomness;
using MoeLab.Scaling.Fitting;

namespace MoeLab.Scaling.Tests;

/// <summary>The SIMD Chinchilla objective against the plain point-by-point reference.</summary>
public sealed class HuberObjectiveTests
{
    // 240 points fill whole vectors; 239 leaves a scalar tail of 3, so both halves of the loop are checked.
    [Theory]
    [InlineData(240, false)]
    [InlineData(240, true)]
    [InlineData(239, false)]
    [InlineData(239, true)]
    public void HuberObjective_VectorPath_AgreesWithPlainReferenceAtRandomPoints(int count, bool bootstrapWeights)
    {
        var points = FitPoint.From(ChinchillaData.Published240.Take(count));
        var rng = SplitMix64.ForStream(2024, count);
        double[]? weights = null;
        if (bootstrapWeights)
        {
            weights = new double[points.Length];
            for (var j = 0; j < points.Length; j++) weights[rng.NextInt(points.Length)] += 1;
        }
        var fast = new HuberObjective(ChinchillaLseModel.Instance, points, 1e-3, weights: weights);
        var plain = fast.PointWise();
        for (var trial = 0; trial < 200; trial++)
        {
            // Spans the 4,500-start grid's box, where the optimiser actually goes: a, b ∈ [0, 25], e ∈ [−1, 1],
            // α, β ∈ [0, 2]; every third trial sits near the optimum so small residuals (inside δ) are covered.
            double[] theta = trial % 10 == 1
                // Terms beyond exp's safe range (|t| ≥ 700) send the vector path to its max-shifted branch.
                ? [rng.NextDouble() < 0.5 ? 690 + 40 * rng.NextDouble() : 6.2, 7.7, rng.NextDouble() < 0.5 ? 690 + 40 * rng.NextDouble() : 0.6, 0.35, 0.37]
                : trial % 3 == 0
                ? [6.17 + 0.05 * rng.NextGaussianUnpaired(), 7.67 + 0.05 * rng.NextGaussianUnpaired(), 0.597 + 0.005 * rng.NextGaussianUnpaired(),
                   0.347 + 0.003 * rng.NextGaussianUnpaired(), 0.367 + 0.003 * rng.NextGaussianUnpaired()]
                : [25 * rng.NextDouble(), 25 * rng.NextDouble(), 2 * rng.NextDouble() - 1, 2 * rng.NextDouble(), 2 * rng.NextDouble()];
            var gFast = new double[5];
            var gPlain = new double[5];
            var vFast = fast.Evaluate(theta, gFast);
            var vPlain = plain.Evaluate(theta, gPlain);
            Assert.True(Math.Abs(vFast - vPlain) <= 1e-12 * Math.Abs(vPlain), $"value {vFast:R} vs {vPlain:R} at trial {trial}");
            // Gradient components can cancel to near zero at the optimum, so they are compared relative to the
            // largest component.
            var scale = gPlain.Max(Math.Abs);
            for (var j = 0; j < 5; j++)
                Assert.True(Math.Abs(gFast[j] - gPlain[j]) <= 1e-12 * scale, $"gradient[{j}] {gFast[j]:R} vs {gPlain[j]:R} at trial {trial}");
        }
    }
}
