using System.Text;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// Markdown rendering (GitHub-flavoured): the context header, every warning as a blockquote, tables with units
/// in their headers and a legend below, key-value lists, notes, and a text summary for each chart.
/// Text from the report is escaped so a '|' or a newline in a cell cannot break a table.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(Report report)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Inline(report.Title)).AppendLine();
        sb.Append(Code(report.Context.Command)).Append(" · ").AppendLine(Inline(ContextLine.Environment(report.Context))).AppendLine();
        var inputs = ContextLine.Inputs(report.Context);
        if (inputs.Length > 0) sb.Append("Inputs: ").AppendLine(Inline(inputs)).AppendLine();
        foreach (var w in report.AllWarnings()) sb.Append("> **Warning:** ").AppendLine(Inline(w.Message)).AppendLine();

        foreach (var block in report.Blocks)
        {
            sb.Append("## ").AppendLine(Inline(block.Title)).AppendLine();
            switch (block)
            {
                case Table t: AppendTable(sb, t); break;
                case KeyValues kv:
                    foreach (var item in kv.Items) sb.Append("- **").Append(Inline(item.Key)).Append(":** ").AppendLine(Inline(item.Value));
                    break;
                case Note n: sb.AppendLine(Paragraph(n.Text)); break;
                case Chart c:
                    sb.Append("_Chart:_ ").AppendLine(Inline(ChartSummary.From(c).Describe())).AppendLine();
                    sb.AppendLine("_(drawn in the HTML report: `--html FILE`)_");
                    break;
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, Table t)
    {
        if (t.Columns.Count == 0) return;
        sb.AppendLine("| " + string.Join(" | ", t.Columns.Select(c => Cell(ContextLine.Header(c)))) + " |");
        sb.AppendLine("|" + string.Concat(t.Columns.Select(c => c.Numeric ? " ---: |" : " --- |")));
        foreach (var row in t.Rows)
        {
            // A short row is padded so the table stays rectangular; GFM would otherwise misalign it.
            var cells = Enumerable.Range(0, t.Columns.Count).Select(i => i < row.Count ? Cell(row[i].Text) : "");
            sb.AppendLine("| " + string.Join(" | ", cells) + " |");
        }
        var legend = t.Columns.Select(c => (c, text: ContextLine.Legend(c))).Where(x => x.text is not null).ToList();
        if (legend.Count > 0)
        {
            sb.AppendLine();
            foreach (var (column, text) in legend) sb.Append("- **").Append(Inline(column.Header)).Append("**: ").AppendLine(Inline(text!));
        }
        if (t.Note is not null) sb.AppendLine().AppendLine(Paragraph(t.Note));
    }

    /// <summary>Text for a table cell: pipes escaped, line breaks as &lt;br&gt;.</summary>
    internal static string Cell(string text) =>
        Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>One line of text that must not start a heading, list or quote, nor be read as HTML.</summary>
    internal static string Inline(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal);

    private static string Paragraph(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(line => Inline(line.TrimEnd('\r'))));

    private static string Code(string text)
    {
        // A code span needs a fence longer than any backtick run inside it.
        var longest = 0;
        var run = 0;
        foreach (var ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        return longest == 0 ? $"{fence}{text}{fence}" : $"{fence} {text} {fence}";
    }
}
