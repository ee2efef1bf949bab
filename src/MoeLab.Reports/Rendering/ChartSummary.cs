using System.Globalization;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// What a chart shows, in words, for renderers that cannot draw Vega (terminal, Markdown): its mark, how many
/// points, the series names, and the range of each axis. Read from the spec itself, so it also works for specs
/// written by hand rather than by <see cref="Charts.VegaLite"/>.
/// </summary>
/// <param name="Mark">The main mark, e.g. "line", "point", "bar", "rect".</param>
/// <param name="PointCount">Data values behind the main mark.</param>
/// <param name="Series">Distinct values of the colour field in order of appearance (empty when not coloured by category).</param>
/// <param name="Axes">One line per positional or colour channel: its title and range.</param>
/// <param name="Overlays">Labels of rules, bands and reference lines drawn over the data.</param>
public sealed record ChartSummary(string Mark, int PointCount, IReadOnlyList<string> Series, IReadOnlyList<AxisSummary> Axes, IReadOnlyList<string> Overlays)
{
    /// <summary>Reads the summary out of a chart's Vega-Lite spec; unknown shapes give an empty but valid summary.</summary>
    public static ChartSummary From(Chart chart)
    {
        var spec = chart.Spec;
        var topValues = ValuesOf(spec);
        var layers = spec["layer"] is JsonArray layerArray ? layerArray.OfType<JsonObject>().ToList() : [spec];
        // The main layer is the first that draws the chart's own data (overlays bring their own).
        var main = layers.FirstOrDefault(l => l["data"] is null || ReferenceEquals(l, spec)) ?? layers.FirstOrDefault() ?? spec;
        var values = ReferenceEquals(main, spec) || main["data"] is null ? topValues : ValuesOf(main);
        var encoding = main["encoding"] as JsonObject ?? [];

        var axes = new List<AxisSummary>();
        foreach (var channel in new[] { "x", "y", "color" })
        {
            if (encoding[channel] is not JsonObject enc || enc["field"] is not JsonValue fieldNode) continue;
            var field = fieldNode.ToString();
            var type = enc["type"]?.ToString() ?? "quantitative";
            if (channel == "color" && type != "quantitative") continue;
            var title = enc["title"]?.ToString() ?? field;
            var log = enc["scale"]?["type"]?.ToString() == "log";
            axes.Add(AxisSummary.Of(channel, title, type, log, values.Select(v => v?[field])));
        }

        var series = new List<string>();
        if (encoding["color"] is JsonObject color && color["type"]?.ToString() != "quantitative" && color["field"] is JsonValue colorField)
        {
            var name = colorField.ToString();
            foreach (var v in values)
                if (v?[name] is JsonNode s && !series.Contains(s.ToString())) series.Add(s.ToString());
        }

        var overlays = new List<string>();
        foreach (var layer in layers.Where(l => !ReferenceEquals(l, main) && l["data"] is not null))
        {
            var markType = MarkOf(layer);
            if (markType == "text") continue; // the label of an overlay already listed
            foreach (var v in ValuesOf(layer))
                if (v?["label"] is JsonNode label) overlays.Add($"{label} ({markType})");
        }

        return new ChartSummary(MarkOf(main), values.Count, series, axes, overlays.Distinct().ToList());
    }

    /// <summary>One line, e.g. "line chart, 5 points; series: a, b; x Tokens (tokens): 1e+09 … 1e+11, log".</summary>
    public string Describe()
    {
        var parts = new List<string> { $"{Mark} chart, {PointCount} point{(PointCount == 1 ? "" : "s")}" };
        if (Series.Count > 0) parts.Add($"series: {string.Join(", ", Series)}");
        parts.AddRange(Axes.Select(a => a.Describe()));
        if (Overlays.Count > 0) parts.Add($"overlays: {string.Join(", ", Overlays)}");
        return string.Join("; ", parts);
    }

    private static string MarkOf(JsonObject layer) => layer["mark"] switch
    {
        JsonValue v => v.ToString(),
        JsonObject o => o["type"]?.ToString() ?? "?",
        _ => layer["layer"] is null ? "?" : "layered",
    };

    private static List<JsonNode?> ValuesOf(JsonObject node) =>
        node["data"]?["values"] is JsonArray a ? [.. a] : [];
}

/// <summary>A chart channel's title and the span of its data: a numeric range, or the number of categories.</summary>
public sealed record AxisSummary(string Channel, string Title, bool Log, double? Min, double? Max, int Categories)
{
    internal static AxisSummary Of(string channel, string title, string type, bool log, IEnumerable<JsonNode?> values)
    {
        double? min = null, max = null;
        var categories = new HashSet<string>();
        foreach (var v in values)
        {
            if (v is null) continue;
            if (type == "quantitative" && v is JsonValue jv && jv.TryGetValue<double>(out var d))
            {
                min = min is null ? d : Math.Min(min.Value, d);
                max = max is null ? d : Math.Max(max.Value, d);
            }
            else
            {
                categories.Add(v.ToString());
            }
        }
        return new AxisSummary(channel, title, log, min, max, categories.Count);
    }

    public string Describe()
    {
        var range = Min is not null
            ? $"{Format(Min.Value)} … {Format(Max!.Value)}"
            : $"{Categories} categor{(Categories == 1 ? "y" : "ies")}";
        return $"{Channel} {Title}: {range}{(Log ? ", log scale" : "")}";
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
