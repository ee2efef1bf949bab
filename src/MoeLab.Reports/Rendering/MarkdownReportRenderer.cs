using System.Text;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>Markdown rendering (GitHub-flavoured tables).</summary>
public static class MarkdownReportRenderer
{
    public static string Render(Report report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {report.Title}").AppendLine();
        sb.AppendLine($"`{report.Context.Command}` · MoeLab {report.Context.ToolVersion}").AppendLine();
        foreach (var w in report.Warnings) sb.AppendLine($"> **Warning:** {w.Message}").AppendLine();
        foreach (var block in report.Blocks)
        {
            sb.AppendLine($"## {block.Title}").AppendLine();
            switch (block)
            {
                case Table t:
                    sb.AppendLine("| " + string.Join(" | ", t.Columns.Select(c => c.Unit is null ? c.Header : $"{c.Header} ({c.Unit})")) + " |");
                    sb.AppendLine("|" + string.Concat(t.Columns.Select(c => c.Numeric ? "---:|" : "---|")));
                    foreach (var row in t.Rows) sb.AppendLine("| " + string.Join(" | ", row.Select(c => c.Text)) + " |");
                    if (t.Note is not null) sb.AppendLine().AppendLine(t.Note);
                    break;
                case KeyValues kv:
                    foreach (var item in kv.Items) sb.AppendLine($"- **{item.Key}:** {item.Value}");
                    break;
                case Note n:
                    sb.AppendLine(n.Text);
                    break;
                case Chart:
                    sb.AppendLine("_(chart: see the HTML report)_");
                    break;
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
