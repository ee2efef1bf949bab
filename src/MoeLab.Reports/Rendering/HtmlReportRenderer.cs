using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// One self-contained HTML file that opens offline: inline CSS, the context, every warning, tables with units
/// and legends, key-value lists, notes, and charts drawn by the inlined Vega libraries (<see cref="VegaAssets"/>).
/// The page loads nothing over the network: no external script, stylesheet, font or image.
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(Report report)
    {
        var sb = new StringBuilder(capacity: 16 * 1024);
        var charts = report.Blocks.OfType<Chart>().Any();
        sb.AppendLine("<!doctype html>");
        sb.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<meta name=\"generator\" content=\"MoeLab ").Append(E(report.Context.ToolVersion)).AppendLine("\">");
        sb.Append("<title>").Append(E(report.Title)).AppendLine("</title>");
        sb.Append("<style>").Append(Css).AppendLine("</style>");
        sb.AppendLine("</head><body><main>");

        sb.Append("<h1>").Append(E(report.Title)).AppendLine("</h1>");
        sb.AppendLine("<div class=\"context\">");
        sb.Append("<div><code>").Append(E(report.Context.Command)).AppendLine("</code></div>");
        sb.Append("<div>").Append(E(ContextLine.Environment(report.Context))).AppendLine("</div>");
        var inputs = ContextLine.Inputs(report.Context);
        if (inputs.Length > 0) sb.Append("<div>Inputs: ").Append(E(inputs)).AppendLine("</div>");
        sb.AppendLine("</div>");

        foreach (var w in report.AllWarnings())
            sb.Append("<div class=\"warning\" role=\"note\"><strong>Warning:</strong> ").Append(E(w.Message)).AppendLine("</div>");

        var chartIndex = 0;
        foreach (var block in report.Blocks)
        {
            sb.AppendLine(block is Chart ? "<section class=\"chart\">" : "<section>");
            sb.Append("<h2>").Append(E(block.Title)).AppendLine("</h2>");
            switch (block)
            {
                case Table t: AppendTable(sb, t); break;
                case KeyValues kv:
                    sb.AppendLine("<dl class=\"kv\">");
                    foreach (var item in kv.Items) sb.Append("<dt>").Append(E(item.Key)).Append("</dt><dd>").Append(E(item.Value)).AppendLine("</dd>");
                    sb.AppendLine("</dl>");
                    break;
                case Note n:
                    foreach (var paragraph in n.Text.Split("\n\n")) sb.Append("<p>").Append(E(paragraph)).AppendLine("</p>");
                    break;
                case Chart c: AppendChart(sb, c, chartIndex++); break;
            }
            sb.AppendLine("</section>");
        }
        sb.AppendLine("</main>");

        if (charts)
        {
            foreach (var (name, script) in VegaAssets.InLoadOrder())
                sb.Append("<script data-library=\"").Append(name).Append("\">").Append(script).AppendLine("</script>");
            sb.Append("<script>").Append(EmbedScript).AppendLine("</script>");
        }
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, Table t)
    {
        sb.AppendLine("<div class=\"table-wrap\"><table>");
        sb.Append("<thead><tr>");
        foreach (var c in t.Columns)
        {
            sb.Append(c.Numeric ? "<th class=\"num\">" : "<th>").Append(E(c.Header));
            if (c.Unit is not null) sb.Append("<br><span class=\"unit\">(").Append(E(c.Unit)).Append(")</span>");
            sb.Append("</th>");
        }
        sb.AppendLine("</tr></thead><tbody>");
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < t.Columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new Cell("");
                sb.Append(t.Columns[i].Numeric ? "<td class=\"num\"" : "<td");
                // The raw value rides along so a reader can copy the exact number behind a rounded display.
                if (cell.Value is { } v && double.IsFinite(v)) sb.Append(" data-value=\"").Append(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('"').Append(" title=\"").Append(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('"');
                sb.Append('>').Append(E(cell.Text)).Append("</td>");
            }
            sb.AppendLine("</tr>");
        }
        sb.AppendLine("</tbody></table></div>");

        var legend = ContextLine.Legends(t);
        if (legend.Count > 0)
        {
            sb.AppendLine("<dl class=\"legend\">");
            foreach (var (header, text) in legend) sb.Append("<dt>").Append(E(header)).Append("</dt><dd>").Append(E(text)).AppendLine("</dd>");
            sb.AppendLine("</dl>");
        }
        if (t.Note is not null) sb.Append("<p class=\"table-note\">").Append(E(t.Note)).AppendLine("</p>");
    }

    private static void AppendChart(StringBuilder sb, Chart chart, int index)
    {
        var id = $"chart-{index}";
        var replaced = new List<string>();
        var spec = JsonFiniteGuard.Clean(chart.Spec, "spec", replaced) ?? new JsonObject();
        sb.Append("<div class=\"vega\" id=\"").Append(id).AppendLine("\"></div>");
        sb.Append("<p class=\"chart-summary\">").Append(E(ChartSummary.From(chart).Describe())).AppendLine("</p>");
        sb.Append("<noscript><p>Charts need JavaScript (it is inlined in this file; nothing is downloaded).</p></noscript>");
        // The default System.Text.Json encoder escapes '<', '>' and '&', so the spec cannot close this element.
        sb.Append("<script type=\"application/json\" id=\"").Append(id).Append("-spec\">").Append(spec.ToJsonString()).AppendLine("</script>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string EmbedScript = """
        document.querySelectorAll('div.vega').forEach(function (el) {
          var spec = JSON.parse(document.getElementById(el.id + '-spec').textContent);
          vegaEmbed(el, spec, { actions: false, renderer: 'svg' }).catch(function (err) {
            el.className += ' chart-error';
            el.textContent = 'This chart could not be drawn: ' + err;
          });
        });
        """;

    private const string Css = """
        :root { color-scheme: light; --fg: #1d232b; --muted: #5c6670; --line: #d8dde3; --warn-bg: #fff6db; --warn: #8a5a00; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 1.6em; margin: 0 0 8px; }
        h2 { font-size: 1.15em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
        .context { color: var(--muted); font-size: 0.9em; margin-bottom: 16px; }
        .context code { color: var(--fg); }
        .warning { background: var(--warn-bg); color: var(--warn); border-left: 4px solid #e0a800; padding: 8px 12px; margin: 8px 0; border-radius: 3px; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.92em; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { background: #f3f5f7; font-weight: 600; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .unit { font-weight: 400; color: var(--muted); font-size: 0.9em; }
        tbody tr:hover { background: #f8fafb; }
        dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; color: var(--muted); font-size: 0.85em; margin: 8px 0; }
        dl.legend dt { font-weight: 600; }
        dl.legend dd, dl.kv dd { margin: 0; }
        dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
        dl.kv dt { font-weight: 600; }
        .table-note, .chart-summary { color: var(--muted); font-size: 0.88em; }
        .chart-error { color: #b00020; }
        /* Charts take the column's width (Vega-Lite width "container"); below 480 px they scroll rather than squeeze. */
        section.chart { overflow-x: auto; }
        div.vega { width: 100%; min-width: 480px; }
        @media print { main { max-width: none; } .warning { border: 1px solid #e0a800; } }
        """;
}
