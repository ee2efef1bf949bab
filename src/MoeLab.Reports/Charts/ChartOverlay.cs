namespace MoeLab.Reports.Charts;

/// <summary>Which axis an overlay's values live on.</summary>
public enum OverlayAxis
{
    X,
    Y,
}

/// <summary>
/// Something drawn over a line or scatter chart to compare the data against: a threshold, a
/// near-optimal band, a "measured = predicted" diagonal.
/// </summary>
public abstract record ChartOverlay(string Label);

/// <summary>A dashed straight line across the chart at <paramref name="Value"/> on <paramref name="Axis"/>.</summary>
public sealed record RuleOverlay(OverlayAxis Axis, double Value, string Label) : ChartOverlay(Label);

/// <summary>A shaded stripe between <paramref name="From"/> and <paramref name="To"/> on <paramref name="Axis"/>, e.g. a near-optimal range.</summary>
public sealed record BandOverlay(OverlayAxis Axis, double From, double To, string Label) : ChartOverlay(Label);

/// <summary>A dashed grey polyline, e.g. a model's prediction or the y = x diagonal of a measured-vs-predicted plot.</summary>
public sealed record ReferenceLineOverlay(string Label, IReadOnlyList<ChartPoint> Points) : ChartOverlay(Label)
{
    /// <summary>The y = x diagonal from <paramref name="min"/> to <paramref name="max"/>: points on it were predicted exactly.</summary>
    public static ReferenceLineOverlay Identity(double min, double max, string label = "y = x") =>
        new(label, [new ChartPoint(min, min), new ChartPoint(max, max)]);
}
