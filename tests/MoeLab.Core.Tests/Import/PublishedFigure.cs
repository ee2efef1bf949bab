using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MoeLab.Testing;

namespace MoeLab.Core.Tests.Import;

/// <summary>
/// The vendor figures of one reference-data file, read from the file itself (never retyped in tests).
/// A figure like "46.7B" is within tolerance when it is within 1% or within its own rounding (±0.05 B).
/// </summary>
internal sealed partial class PublishedFigure
{
    private PublishedFigure(string text) => Text = text;

    public string Text { get; }

    public static PublishedFigure Total(string file) => new(Read(file, "published_total_params"));

    public static PublishedFigure Active(string file) => new(Read(file, "published_active_params"));

    /// <summary>The <paramref name="index"/>-th figure in the text ("47B (paper); 46.7B (blog)" has two).</summary>
    public (double Value, double Tolerance) Figure(int index = 0)
    {
        var (value, unit) = ValueAndDigit(index);
        return (value, Math.Max(0.01 * value, 0.5 * unit));
    }

    /// <summary>The figure and one unit of its last printed digit ("46.7B" → 46.7e9, 0.1e9).</summary>
    private (double Value, double Digit) ValueAndDigit(int index)
    {
        var matches = FigurePattern().Matches(Text);
        Assert.True(matches.Count > index, $"no figure #{index} in \"{Text}\"");
        var m = matches[index];
        var number = m.Groups[1].Value;
        var scale = m.Groups[2].Value switch { "T" => 1e12, "B" => 1e9, "M" => 1e6, _ => throw new InvalidOperationException() };
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        var value = double.Parse(number, CultureInfo.InvariantCulture) * scale;
        return (value, Math.Pow(10, -decimals) * scale);
    }

    public void AssertMatches(long actual, int index = 0)
    {
        var (value, tolerance) = Figure(index);
        Assert.True(Math.Abs(actual - value) <= tolerance,
            $"{actual / 1e9:F3} B is not within {tolerance / 1e9:F3} B of the published {value / 1e9:F3} B (\"{Text}\")");
    }

    /// <summary>
    /// The published figure is <paramref name="actual"/> truncated (not rounded) to its last printed digit:
    /// published ≤ actual &lt; published + one unit of that digit (37.55 B printed as "37B").
    /// </summary>
    public void AssertTruncates(long actual, int index = 0)
    {
        var (value, unit) = ValueAndDigit(index);
        Assert.True(actual >= value && actual < value + unit,
            $"{actual / 1e9:F3} B does not truncate to the published {value / 1e9:F3} B (\"{Text}\")");
    }

    private static string Read(string file, string field)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestPaths.SharedFile("models", file)))!.AsObject();
        return root[field]!.GetValue<string>();
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s?([TBM])\b")]
    private static partial Regex FigurePattern();
}
