using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Charts;

/// <summary>
/// Builds the few chart kinds MoeLab reports need as Vega-Lite v6 specs with inline data, so a chart is a
/// plain <see cref="Chart"/> block that the HTML renderer draws offline and the text renderers summarise.
/// Values that cannot be drawn (NaN, ±∞, ≤ 0 on a log axis) are left out and reported in
/// <see cref="Chart.Warnings"/> instead of silently producing an empty or broken chart.
/// </summary>
/// <remarks>
/// Field names in the inline data are fixed — <c>series</c>, <c>x</c>, <c>y</c>, <c>label</c>, <c>category</c>,
/// <c>value</c> — so a script reading the spec from the JSON output finds the same names in every chart.
/// </remarks>
public static class VegaLite
{
    /// <summary>
    /// The schema every spec declares. Its major version must be the bundled Vega-Lite's (tools/vega/package.json):
    /// Vega-Embed warns in the page's console when they differ, and a test opens every report in Chromium to check.
    /// </summary>
    public const string SchemaUrl = "https://vega.github.io/schema/vega-lite/v6.json";
    public const int DefaultHeight = 320;

    /// <summary>
    /// The width of every single or layered view: the page's ("container"), so a chart fills the report's column
    /// rather than a fixed half of it (the HTML renderer gives the container a minimum width). Faceted specs cannot
    /// take the container's width; they set a fixed width on their inner view.
    /// </summary>
    public const string ContainerWidth = "container";

    /// <summary>Several named series as lines with point markers, plus optional overlays.</summary>
    public static Chart Line(string title, ChartAxis x, ChartAxis y, IEnumerable<ChartSeries> series, IEnumerable<ChartOverlay>? overlays = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var dropped = new DroppedValues(title);
        var values = new JsonArray();
        var order = new List<string>();
        foreach (var s in series)
        {
            if (!order.Contains(s.Name)) order.Add(s.Name);
            foreach (var p in s.Points)
                if (dropped.Keep(p.X, x.Log, p.Y, y.Log))
                    values.Add(new JsonObject { ["series"] = s.Name, ["x"] = p.X, ["y"] = p.Y });
        }

        var main = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "line", ["point"] = true, ["tooltip"] = true },
            ["encoding"] = new JsonObject
            {
                ["x"] = Quantitative("x", x),
                ["y"] = Quantitative("y", y),
                ["color"] = SeriesColor(order),
            },
        };
        return Layered(title, values, main, x, y, overlays, dropped);
    }

    /// <summary>Points, coloured by series when any point names one, plus optional overlays.</summary>
    public static Chart Scatter(string title, ChartAxis x, ChartAxis y, IEnumerable<ScatterPoint> points, IEnumerable<ChartOverlay>? overlays = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var dropped = new DroppedValues(title);
        var values = new JsonArray();
        var seriesOrder = new List<string>();
        foreach (var p in points)
        {
            if (!dropped.Keep(p.X, x.Log, p.Y, y.Log)) continue;
            var datum = new JsonObject { ["x"] = p.X, ["y"] = p.Y };
            if (p.Series is not null)
            {
                datum["series"] = p.Series;
                if (!seriesOrder.Contains(p.Series)) seriesOrder.Add(p.Series);
            }
            if (p.Label is not null) datum["label"] = p.Label;
            values.Add(datum);
        }

        var encoding = new JsonObject
        {
            ["x"] = Quantitative("x", x),
            ["y"] = Quantitative("y", y),
            ["tooltip"] = new JsonArray(
                new JsonObject { ["field"] = "label", ["type"] = "nominal", ["title"] = "Point" },
                new JsonObject { ["field"] = "x", ["type"] = "quantitative", ["title"] = x.Label },
                new JsonObject { ["field"] = "y", ["type"] = "quantitative", ["title"] = y.Label }),
        };
        if (seriesOrder.Count > 0) encoding["color"] = SeriesColor(seriesOrder);
        var main = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 60 },
            ["encoding"] = encoding,
        };
        return Layered(title, values, main, x, y, overlays, dropped);
    }

    /// <summary>
    /// Bars in the given category order (not alphabetical). Bars with a series name are grouped side by side.
    /// A log value axis is allowed but bars then start at the smallest value, not at zero.
    /// </summary>
    public static Chart Bar(string title, ChartAxis category, ChartAxis value, IEnumerable<BarItem> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var dropped = new DroppedValues(title);
        var values = new JsonArray();
        var order = new List<string>();
        var seriesOrder = new List<string>();
        foreach (var b in bars)
        {
            if (!dropped.Keep(b.Value, value.Log)) continue;
            if (!order.Contains(b.Category)) order.Add(b.Category);
            var datum = new JsonObject { ["category"] = b.Category, ["value"] = b.Value };
            if (b.Series is not null)
            {
                datum["series"] = b.Series;
                if (!seriesOrder.Contains(b.Series)) seriesOrder.Add(b.Series);
            }
            values.Add(datum);
        }

        var encoding = new JsonObject
        {
            ["x"] = new JsonObject
            {
                ["field"] = "category", ["type"] = "nominal", ["title"] = category.Label,
                ["sort"] = Strings(order),
                ["axis"] = new JsonObject { ["labelAngle"] = -30 },
            },
            ["y"] = Quantitative("value", value, zeroBased: true),
            ["tooltip"] = true,
        };
        if (seriesOrder.Count > 0)
        {
            encoding["color"] = SeriesColor(seriesOrder);
            encoding["xOffset"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["sort"] = Strings(seriesOrder) };
        }
        var spec = Frame(title, values);
        spec["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true };
        spec["encoding"] = encoding;
        return Finish(title, spec, dropped);
    }

    /// <summary>
    /// A grid of coloured cells (e.g. expert × layer activation counts). Axes keep the first-appearance order
    /// of their labels; <paramref name="color"/> names the value and its unit and may be logarithmic.
    /// </summary>
    public static Chart Heatmap(string title, ChartAxis x, ChartAxis y, ChartAxis color, IEnumerable<HeatmapCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var dropped = new DroppedValues(title);
        var values = new JsonArray();
        var xOrder = new List<string>();
        var yOrder = new List<string>();
        var seenX = new HashSet<string>();
        var seenY = new HashSet<string>();
        foreach (var c in cells)
        {
            if (!dropped.Keep(c.Value, color.Log)) continue;
            if (seenX.Add(c.X)) xOrder.Add(c.X);
            if (seenY.Add(c.Y)) yOrder.Add(c.Y);
            values.Add(new JsonObject { ["x"] = c.X, ["y"] = c.Y, ["value"] = c.Value });
        }

        var colorScale = new JsonObject { ["scheme"] = "viridis" };
        if (color.Log) colorScale["type"] = "log";
        var spec = Frame(title, values);
        spec["mark"] = new JsonObject { ["type"] = "rect", ["tooltip"] = true };
        spec["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = "x", ["type"] = "ordinal", ["title"] = x.Label, ["sort"] = Strings(xOrder) },
            ["y"] = new JsonObject { ["field"] = "y", ["type"] = "ordinal", ["title"] = y.Label, ["sort"] = Strings(yOrder) },
            ["color"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = color.Label, ["scale"] = colorScale },
        };
        return Finish(title, spec, dropped);
    }

    private static Chart Layered(string title, JsonArray values, JsonObject main, ChartAxis x, ChartAxis y, IEnumerable<ChartOverlay>? overlays, DroppedValues dropped)
    {
        var layers = new JsonArray();
        // Bands go under the data so they never hide a point; rules and reference lines go over it.
        var overlayList = overlays?.ToList() ?? [];
        // Each overlay's label gets its own line, so labels of overlays drawn close together do not print over each other.
        var labelLine = 0;
        foreach (var band in overlayList.OfType<BandOverlay>()) AddLayers(layers, BandLayers(band, x, y, dropped, labelLine++));
        layers.Add(main);
        foreach (var o in overlayList.Where(o => o is not BandOverlay))
        {
            switch (o)
            {
                case RuleOverlay rule: AddLayers(layers, RuleLayers(rule, x, y, dropped, labelLine++)); break;
                case ReferenceLineOverlay line: AddLayers(layers, ReferenceLayers(line, x, y, dropped)); break;
                default: throw new ArgumentException($"Unknown overlay type {o.GetType().Name}.", nameof(overlays));
            }
        }

        var spec = Frame(title, values);
        if (layers.Count == 1)
        {
            spec["mark"] = main["mark"]!.DeepClone();
            spec["encoding"] = main["encoding"]!.DeepClone();
        }
        else
        {
            spec["layer"] = layers;
        }
        return Finish(title, spec, dropped);
    }

    private static IEnumerable<JsonObject> BandLayers(BandOverlay band, ChartAxis x, ChartAxis y, DroppedValues dropped, int labelLine)
    {
        var axis = band.Axis == OverlayAxis.X ? x : y;
        if (!dropped.Keep(band.From, axis.Log, band.To, axis.Log)) yield break;
        var channel = band.Axis == OverlayAxis.X ? "x" : "y";
        yield return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["from"] = band.From, ["to"] = band.To, ["label"] = band.Label }) },
            ["mark"] = new JsonObject { ["type"] = "rect", ["opacity"] = 0.15, ["color"] = "#2a9d8f" },
            ["encoding"] = new JsonObject
            {
                [channel] = Quantitative("from", axis),
                [channel + "2"] = new JsonObject { ["field"] = "to" },
                ["tooltip"] = new JsonObject { ["field"] = "label", ["type"] = "nominal", ["title"] = "Band" },
            },
        };
        yield return OverlayLabel(band.Axis, "from", band.From, band.Label, axis, "#2a9d8f", labelLine);
    }

    private static IEnumerable<JsonObject> RuleLayers(RuleOverlay rule, ChartAxis x, ChartAxis y, DroppedValues dropped, int labelLine)
    {
        var axis = rule.Axis == OverlayAxis.X ? x : y;
        if (!dropped.Keep(rule.Value, axis.Log)) yield break;
        var channel = rule.Axis == OverlayAxis.X ? "x" : "y";
        yield return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { ["value"] = rule.Value, ["label"] = rule.Label }) },
            ["mark"] = new JsonObject { ["type"] = "rule", ["strokeDash"] = new JsonArray(6, 4), ["color"] = "#e76f51", ["size"] = 1.5 },
            ["encoding"] = new JsonObject
            {
                [channel] = Quantitative("value", axis),
                ["tooltip"] = new JsonObject { ["field"] = "label", ["type"] = "nominal", ["title"] = "Rule" },
            },
        };
        yield return OverlayLabel(rule.Axis, "value", rule.Value, rule.Label, axis, "#e76f51", labelLine);
    }

    private static IEnumerable<JsonObject> ReferenceLayers(ReferenceLineOverlay line, ChartAxis x, ChartAxis y, DroppedValues dropped)
    {
        var values = new JsonArray();
        foreach (var p in line.Points)
            if (dropped.Keep(p.X, x.Log, p.Y, y.Log))
                values.Add(new JsonObject { ["x"] = p.X, ["y"] = p.Y, ["label"] = line.Label });
        if (values.Count == 0) yield break;
        yield return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "line", ["strokeDash"] = new JsonArray(6, 4), ["color"] = "#6c757d" },
            ["encoding"] = new JsonObject
            {
                ["x"] = Quantitative("x", x),
                ["y"] = Quantitative("y", y),
                ["tooltip"] = new JsonObject { ["field"] = "label", ["type"] = "nominal", ["title"] = "Reference" },
            },
        };
    }

    /// <summary>The overlay's name written beside it, so a printed chart still says what the line means.</summary>
    private static JsonObject OverlayLabel(OverlayAxis axisKind, string field, double value, string label, ChartAxis axis, string color, int line)
    {
        var channel = axisKind == OverlayAxis.X ? "x" : "y";
        var encoding = new JsonObject { [channel] = Quantitative(field, axis), ["text"] = new JsonObject { ["field"] = "label" } };
        // Pin the label to the top (x overlays, one 14 px line each) or left edge (y overlays) of the plot, in pixels.
        if (axisKind == OverlayAxis.X) encoding["y"] = new JsonObject { ["value"] = 8 + 14 * line };
        else encoding["x"] = new JsonObject { ["value"] = 4 };
        return new JsonObject
        {
            ["data"] = new JsonObject { ["values"] = new JsonArray(new JsonObject { [field] = value, ["label"] = label }) },
            ["mark"] = new JsonObject
            {
                ["type"] = "text", ["align"] = "left", ["color"] = color, ["fontSize"] = 11,
                ["dx"] = axisKind == OverlayAxis.X ? 4 : 0, ["dy"] = axisKind == OverlayAxis.X ? 0 : -6,
            },
            ["encoding"] = encoding,
        };
    }

    private static JsonObject Quantitative(string field, ChartAxis axis, bool zeroBased = false)
    {
        var scale = new JsonObject();
        if (axis.Log) scale["type"] = "log";
        else if (!zeroBased) scale["zero"] = false;
        var encoding = new JsonObject { ["field"] = field, ["type"] = "quantitative", ["title"] = axis.Label };
        if (scale.Count > 0) encoding["scale"] = scale;
        // Log axes span decades; SI labels (1G, 10G) stay short where grouped digits would collide.
        if (axis.Log) encoding["axis"] = new JsonObject { ["format"] = "~s", ["labelOverlap"] = "greedy" };
        return encoding;
    }

    /// <summary>Colour by series, with the legend in the order the caller gave (not alphabetical: "8 experts" before "64 experts").</summary>
    private static JsonObject SeriesColor(IReadOnlyList<string> order) =>
        new() { ["field"] = "series", ["type"] = "nominal", ["title"] = "Series", ["sort"] = Strings(order) };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonObject Frame(string title, JsonArray values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["title"] = title,
            ["width"] = ContainerWidth,
            ["height"] = DefaultHeight,
            ["data"] = new JsonObject { ["values"] = values },
        };
    }

    private static void AddLayers(JsonArray layers, IEnumerable<JsonObject> add)
    {
        foreach (var layer in add) layers.Add(layer);
    }

    private static Chart Finish(string title, JsonObject spec, DroppedValues dropped) =>
        new(title, spec) { Warnings = dropped.Warnings() };
}
