using System.Net;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>Self-contained HTML rendering.</summary>
public static class HtmlReportRenderer
{
    public static string Render(Report report) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(report.Title)}</title></head><body><pre>{WebUtility.HtmlEncode(MarkdownReportRenderer.Render(report))}</pre></body></html>";
}
