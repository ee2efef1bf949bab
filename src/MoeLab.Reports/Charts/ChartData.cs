namespace MoeLab.Reports.Charts;

/// <summary>One (x, y) point of a line series or reference line.</summary>
public readonly record struct ChartPoint(double X, double Y);

/// <summary>A named line: one entry in a line chart's legend.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>One scatter point; <paramref name="Series"/> colours it, <paramref name="Label"/> shows in its tooltip.</summary>
public readonly record struct ScatterPoint(double X, double Y, string? Series = null, string? Label = null);

/// <summary>One bar; bars sharing a category but differing in <paramref name="Series"/> stand side by side.</summary>
public readonly record struct BarItem(string Category, double Value, string? Series = null);

/// <summary>
/// One heatmap cell. X and Y are category labels (e.g. layer "3", expert "17"); their order on the axes is the
/// order in which they first appear, so numeric labels are not sorted as text ("10" before "2").
/// </summary>
public readonly record struct HeatmapCell(string X, string Y, double Value);
