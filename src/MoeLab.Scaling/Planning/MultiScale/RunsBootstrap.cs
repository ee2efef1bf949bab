using MoeLab.Core.Randomness;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>
/// Seeded nonparametric bootstrap of the whole pipeline: each resample redraws, with replacement, the runs of
/// every curve fit at every scale (as many as the fit had, each keeping its group; which runs each fit uses is
/// kept from the full data), refits the curves, takes the optima and refits the power laws. Resample i draws
/// from its own SplitMix64 stream (seed, i). Each curve keeps the estimator the full data gave it: a curve whose
/// optimum is its best run (no interior minimum on the full data) takes each resample's best run; a fitted curve is
/// refitted, and a resample whose refit loses the optimum (no interior minimum, too few distinct values) is counted
/// as failed and left out of the intervals.
/// </summary>
public static class RunsBootstrap
{
    /// <summary>Per successful resample: for each quantity in <see cref="OptimumQuantities.All"/> order, (coefficient, exponent, value at target).</summary>
    public sealed record Outcome(IReadOnlyList<double[]> Samples, int Failed);

    public static Outcome Run(IReadOnlyList<ScaleFit> scales, double targetComputeFlops, BootstrapOptions options)
    {
        options = options.Validate();
        var samples = new List<double[]>(options.Resamples);
        for (var i = 0; i < options.Resamples; i++)
            if (Resample(scales, targetComputeFlops, SplitMix64.ForStream(options.Seed, i)) is { } sample) samples.Add(sample);
        return new Outcome(samples, options.Resamples - samples.Count);
    }

    private static double[]? Resample(IReadOnlyList<ScaleFit> scales, double targetComputeFlops, SplitMix64 rng)
    {
        var minima = new List<CurveMinimum[]>(scales.Count);
        foreach (var scale in scales)
        {
            var perScale = new CurveMinimum[CurveVariable.All.Length];
            for (var k = 0; k < perScale.Length; k++)
            {
                var full = scale.Fits[k];
                var points = new CurvePoint[full.Points.Count];
                for (var j = 0; j < points.Length; j++) points[j] = full.Points[rng.NextInt(points.Length)];
                if (full.Exit == CurveFitExit.BestRun)
                    perScale[k] = ScaleCurveFit.BestRun(points);
                else if (ScaleCurveFit.Fit(full.Kind, points, full.Curve.Wall, scale.Slices[k].ReferenceGroup).Optimum is { } min)
                    perScale[k] = min;
                else
                    return null;
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
        return sample.All(double.IsFinite) ? sample : null;
    }
}
