using MoeLab.Core.Randomness;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// Seeded nonparametric bootstrap of the whole pipeline: each resample redraws, with replacement, the runs of
/// every curve fit at every scale (as many as the fit had, each keeping its group; which runs each fit uses is
/// kept from the full data), refits the curves, takes the optima and refits the power laws. Resample i draws
/// from its own SplitMix64 stream (seed, i). Each resample's optimum comes from the same rule as the full data's:
/// the fitted curve's minimum, or where the resample's runs give none (no interior minimum, or too few distinct
/// values left to fit), its best run. Dropping those resamples instead would describe only the resamples that
/// happen to fit, and left almost none on the 4-width sweeps of a seed-001 ladder (977 of 1000 on seed001-micro).
/// </summary>
public static class RunsBootstrap
{
    /// <summary>
    /// Per kept resample: for each quantity in <see cref="OptimumQuantities.All"/> order, (coefficient, exponent,
    /// value at target). <paramref name="BestRun"/> counts the kept resamples that took a best run at some scale;
    /// <paramref name="Failed"/> those left out (an optimum the power law cannot take).
    /// </summary>
    public sealed record Outcome(IReadOnlyList<double[]> Samples, int Failed, int BestRun);

    public static Outcome Run(IReadOnlyList<ScaleFit> scales, double targetComputeFlops, BootstrapOptions options)
    {
        options = options.Validate();
        var samples = new List<double[]>(options.Resamples);
        var bestRun = 0;
        for (var i = 0; i < options.Resamples; i++)
        {
            if (Resample(scales, targetComputeFlops, SplitMix64.ForStream(options.Seed, i)) is not var (sample, fellBack)) continue;
            samples.Add(sample);
            if (fellBack) bestRun++;
        }
        return new Outcome(samples, options.Resamples - samples.Count, bestRun);
    }

    private static (double[] Sample, bool FellBack)? Resample(IReadOnlyList<ScaleFit> scales, double targetComputeFlops, SplitMix64 rng)
    {
        var minima = new List<CurveMinimum[]>(scales.Count);
        var fellBack = false;
        foreach (var scale in scales)
        {
            var perScale = new CurveMinimum[CurveVariable.All.Length];
            for (var k = 0; k < perScale.Length; k++)
            {
                var full = scale.Fits[k];
                var points = new CurvePoint[full.Points.Count];
                for (var j = 0; j < points.Length; j++) points[j] = full.Points[rng.NextInt(points.Length)];
                var fit = ScaleCurveFit.Fit(full.Kind, points, full.Curve.Wall, scale.Slices[k].ReferenceGroup);
                fellBack |= fit.Optimum is null;
                perScale[k] = fit.Optimum ?? ScaleCurveFit.BestRun(points);
            }
            minima.Add(perScale);
        }
        var sample = new double[OptimumQuantities.All.Length * 3];
        for (var q = 0; q < OptimumQuantities.All.Length; q++)
        {
            var quantity = OptimumQuantities.All[q];
            var optima = scales.Select((s, i) => (s.ComputeFlops, quantity.Of(minima[i]))).ToList();
            if (optima.Any(p => !(p.Item2 > 0))) return null;
            var law = OptimumLaw.FitLaw(optima, quantity);
            (sample[3 * q], sample[3 * q + 1], sample[3 * q + 2]) = (law.Coefficient, law.Exponent, law.At(targetComputeFlops));
        }
        return sample.All(double.IsFinite) ? (sample, fellBack) : null;
    }
}
