using System.Globalization;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>The "where these numbers came from" lines every rendering opens with, worded once.</summary>
internal static class ContextLine
{
    /// <summary>Tool, seed, runtime, machine and time, e.g. "MoeLab 0.1.0 · seed 42 · .NET 10.0.0 · Linux … · 2 CPUs · 2026-11-24 15:30 UTC".</summary>
    public static string Environment(ReportContext context)
    {
        var parts = new List<string> { $"MoeLab {context.ToolVersion}" };
        if (context.Seed is { } seed) parts.Add($"seed {seed.ToString(CultureInfo.InvariantCulture)}");
        parts.Add(context.Runtime);
        parts.Add(context.Os);
        parts.Add($"{context.ProcessorCount} CPU{(context.ProcessorCount == 1 ? "" : "s")}");
        parts.Add(context.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        return string.Join(" · ", parts);
    }

    /// <summary>"name = value" pairs joined for one line; empty when the command had no named inputs.</summary>
    public static string Inputs(ReportContext context) =>
        string.Join(" · ", context.Inputs.Select(kv => $"{kv.Key} = {kv.Value}"));

    /// <summary>A column header with its unit: "Total (params)". A unit with its own parenthesis is flattened
    /// ("nats (relative)" → "nats, relative") so headers never nest brackets.</summary>
    public static string Header(Column column) => column.Unit is null or Dimensionless ? column.Header
        : column.Header.EndsWith(')') ? $"{column.Header} [{Flat(column.Unit)}]"
        : $"{column.Header} ({Flat(column.Unit)})";

    /// <summary>The unit of a pure number (a ratio, a count of nothing): not worth a bracket in a header.</summary>
    private const string Dimensionless = "1";

    private static string Flat(string unit) => unit.Contains('(') ? unit.Replace(" (", ", ").Replace("(", "").Replace(")", "") : unit;

    /// <summary>The legend under a table: each column that has a meaning or a unit to explain, in column order.</summary>
    public static IReadOnlyList<(string Header, string Text)> Legends(Table table) =>
        table.Columns.Select(c => (c.Header, Text: Legend(c))).Where(x => x.Text is not null).Select(x => (x.Header, x.Text!)).ToList();

    /// <summary>A legend entry: "meaning [unit]" — or just the unit when the column has no legend text.</summary>
    public static string? Legend(Column column)
    {
        if (column.Legend is null && column.Unit is null) return null;
        if (column.Legend is null) return column.Unit == Dimensionless ? "a pure number" : $"in {column.Unit}";
        return column.Unit is null or Dimensionless ? column.Legend : $"{column.Legend} [{column.Unit}]";
    }
}
