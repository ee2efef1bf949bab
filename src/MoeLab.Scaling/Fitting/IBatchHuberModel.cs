namespace MoeLab.Scaling.Fitting;

/// <summary>
/// A model that can evaluate the whole weighted Huber objective over column arrays in one fused loop, instead of
/// point by point through the interface. <see cref="HuberObjective"/> uses it when available; results agree with the point-wise
/// path to rounding (a test checks this).
/// </summary>
public interface IBatchHuberModel
{
    double HuberBatch(ReadOnlySpan<double> theta, FitColumns data, ReadOnlySpan<double> weights, double delta, Span<double> gradient);
}

/// <summary>The fit points as columns (log N, log D, log L), the layout a fused loop wants.</summary>
public sealed class FitColumns
{
    public FitColumns(FitPoint[] points)
    {
        LogN = points.Select(p => p.LogN).ToArray();
        LogD = points.Select(p => p.LogD).ToArray();
        LogLoss = points.Select(p => p.LogLoss).ToArray();
    }

    public double[] LogN { get; }
    public double[] LogD { get; }
    public double[] LogLoss { get; }
    public int Count => LogN.Length;
}
