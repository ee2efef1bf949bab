namespace MoeLab.Reports.Charts;

/// <summary>
/// One axis of a chart (or the colour scale of a heatmap). The unit is part of the title a reader sees,
/// so a chart never shows a bare number.
/// </summary>
/// <param name="Title">What the axis measures, e.g. "Active parameters".</param>
/// <param name="Unit">Unit of the plotted values, e.g. "params", "s", "GB/s"; null for a pure count or ratio.</param>
/// <param name="Log">Use a logarithmic scale. Values ≤ 0 cannot be placed on it and are dropped with a warning.</param>
public sealed record ChartAxis(string Title, string? Unit = null, bool Log = false)
{
    /// <summary>The title as drawn: "Title (unit)".</summary>
    public string Label => Unit is null ? Title : $"{Title} ({Unit})";
}
