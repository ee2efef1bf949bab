using MathNet.Numerics.Statistics;

namespace MoeLab.Reports.Fit;

/// <summary>One bar of a bootstrap histogram: the values in (Start, End] (the first bar also holds its Start).</summary>
public readonly record struct BootstrapBin(double Start, double End, int Count);

/// <summary>
/// Bins one bootstrapped quantity over its own range for the fit report's histogram: about √n equal bins, at least
/// 5 and at most 30, so a 100-resample bootstrap gets 10 bars and a 10 000-resample one 30.
/// </summary>
public static class BootstrapBins
{
    public const int MinBins = 5;
    public const int MaxBins = 30;

    public static IReadOnlyList<BootstrapBin> Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return [];
        double min = values.Min(), max = values.Max();
        if (min == max)
        {
            // Every resample agreed (a fixed parameter): one bar around the value, wide enough to see.
            var half = min == 0 ? 0.5 : Math.Abs(min) * 0.005;
            return [new BootstrapBin(min - half, max + half, values.Count)];
        }
        var count = Math.Clamp((int)Math.Ceiling(Math.Sqrt(values.Count)), MinBins, MaxBins);
        // MathNet's buckets are (lower, upper]; starting a hair below the minimum puts it in the first one.
        var lower = min - (max - min) * 1e-9;
        var histogram = new Histogram(values, count, lower, max);
        return [.. Enumerable.Range(0, histogram.BucketCount).Select(i => histogram[i]).Select(b => new BootstrapBin(b.LowerBound, b.UpperBound, (int)b.Count))];
    }
}
