using System.Text.Json.Nodes;

namespace MoeLab.Reports.Model;

/// <summary>
/// The one result model every command produces. Renderers (terminal, JSON, Markdown, HTML) only format it;
/// no command writes its own output code. A report opens with its <see cref="Context"/> (tool version,
/// inputs, seed, machine) and carries its warnings in every format.
/// </summary>
/// <param name="Title">What the report is, e.g. "Mixtral-8x7B — parameters, FLOPs and memory".</param>
/// <param name="Context">Where the numbers came from.</param>
/// <param name="Blocks">Tables, charts, key-value lists and notes, in reading order.</param>
/// <param name="Warnings">Doubts about the result (fit not converged, formula disagrees with measurement…).</param>
/// <param name="Data">The full machine-readable result (raw values, no formatting) that <c>--json</c> emits.</param>
public sealed record Report(
    string Title,
    ReportContext Context,
    IReadOnlyList<ReportBlock> Blocks,
    IReadOnlyList<ReportWarning> Warnings,
    JsonNode? Data)
{
    /// <summary>The parsed command line (typed options, files read) when the CLI produced the report; JSON echoes it.</summary>
    public ReportInvocation? Invocation { get; init; }

    /// <summary>
    /// The report's own warnings followed by those its blocks carry (e.g. a chart that had to leave points out),
    /// without repeats. Every renderer shows this list, so no doubt is lost on the way to the reader.
    /// </summary>
    public IReadOnlyList<ReportWarning> AllWarnings()
    {
        var all = new List<ReportWarning>(Warnings);
        foreach (var chart in Blocks.OfType<Chart>())
            foreach (var w in chart.Warnings)
                if (!all.Contains(w)) all.Add(w);
        return all;
    }
}

/// <summary>Where a report's numbers came from, shown at its top.</summary>
/// <param name="Command">The command line that produced it, e.g. <c>moelab inspect mixtral-8x7b</c>.</param>
/// <param name="Inputs">Named inputs (file paths, preset names, key options) in display order.</param>
/// <param name="Seed">The random seed, when randomness was involved.</param>
public sealed record ReportContext(
    string Command,
    IReadOnlyList<KeyValuePair<string, string>> Inputs,
    long? Seed = null)
{
    public string ToolVersion { get; init; } = typeof(ReportContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    public string Runtime { get; init; } = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
    public string Os { get; init; } = System.Runtime.InteropServices.RuntimeInformation.OSDescription;
    public int ProcessorCount { get; init; } = Environment.ProcessorCount;
    public DateTimeOffset CreatedUtc { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>A doubt attached to a result; travels in every rendering.</summary>
public sealed record ReportWarning(string Message, string? Code = null);

/// <summary>One piece of a report's body.</summary>
public abstract record ReportBlock(string Title);

/// <summary>A titled table. Every numeric column names its unit; a legend explains each column.</summary>
public sealed record Table(string Title, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows, string? Note = null)
    : ReportBlock(Title);

/// <param name="Header">Short column name.</param>
/// <param name="Unit">Unit of the raw values (e.g. "params", "FLOPs/token", "bytes", "s"); null for text.</param>
/// <param name="Legend">One sentence saying what the column means, shown under the table.</param>
public sealed record Column(string Header, string? Unit = null, string? Legend = null, bool Numeric = false);

/// <summary>A table cell: the text as displayed and, for numbers, the raw value kept for JSON and charts.</summary>
public sealed record Cell(string Text, double? Value = null)
{
    public static implicit operator Cell(string text) => new(text);

    /// <summary>
    /// A number shown with an invariant-culture <paramref name="format"/> (so "1.5", never "1,5") that keeps its
    /// raw value; NaN and infinities display as "n/a", "∞", "-∞" (JSON then writes null and a warning).
    /// </summary>
    public static Cell Number(double value, string format = "G6") => new(
        double.IsNaN(value) ? "n/a"
        : double.IsPositiveInfinity(value) ? "∞"
        : double.IsNegativeInfinity(value) ? "-∞"
        : value.ToString(format, System.Globalization.CultureInfo.InvariantCulture),
        value);
}

/// <summary>Ordered label → value pairs (a small summary such as "Total params: 46.70 B").</summary>
public sealed record KeyValues(string Title, IReadOnlyList<KeyValuePair<string, string>> Items) : ReportBlock(Title);

/// <summary>A paragraph of prose: an explanation, a caveat, a conclusion.</summary>
public sealed record Note(string Title, string Text) : ReportBlock(Title);

/// <summary>
/// A chart as a Vega-Lite specification (v5/v6 JSON). HTML renders it with the inlined Vega libraries;
/// the terminal and Markdown renderers show its title and a text summary (series, axis ranges, overlays);
/// JSON keeps the whole spec. Build one with <see cref="Charts.VegaLite"/> or write the spec directly.
/// </summary>
/// <param name="Spec">A complete Vega-Lite spec including its inline data values.</param>
public sealed record Chart(string Title, JsonObject Spec) : ReportBlock(Title)
{
    /// <summary>Doubts about this chart (e.g. points left out because NaN or ≤ 0 on a log axis); every renderer shows them.</summary>
    public IReadOnlyList<ReportWarning> Warnings { get; init; } = [];
}
