namespace MoeLab.Cli.Tests.Browser;

/// <summary>One chart of a report as Chromium drew it.</summary>
/// <param name="Id">The chart's element id (chart-0, chart-1, …).</param>
/// <param name="Svgs">SVG elements inside the chart's container (Vega draws exactly one).</param>
/// <param name="Marks">Drawn data marks: items of Vega's role-mark groups (points, bars, line paths, cells), not axes or legends.</param>
/// <param name="Error">The text the page shows when Vega-Embed rejected the spec, else null.</param>
/// <param name="ContainerWidth">Whether the spec asked for the container's width ("container").</param>
/// <param name="SvgWidthPx">Drawn width of the SVG.</param>
/// <param name="BoxWidthPx">Width of the chart's container.</param>
public sealed record RenderedChart(string Id, int Svgs, int Marks, string? Error, bool ContainerWidth, double SvgWidthPx, double BoxWidthPx);

/// <summary>What opening one report offline in Chromium showed.</summary>
/// <param name="ChartSpecs">Chart specs embedded in the page.</param>
/// <param name="Charts">Each chart container as drawn.</param>
/// <param name="Console">Console messages of type error or warning, and uncaught page errors.</param>
/// <param name="Requests">Every request the page attempted other than the report file itself (all were aborted).</param>
/// <param name="Screenshot">Where the full-page screenshot was saved.</param>
public sealed record RenderedReport(int ChartSpecs, IReadOnlyList<RenderedChart> Charts, IReadOnlyList<string> Console, IReadOnlyList<string> Requests, string Screenshot);
