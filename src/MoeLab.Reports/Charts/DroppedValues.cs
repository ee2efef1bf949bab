using MoeLab.Reports.Model;

namespace MoeLab.Reports.Charts;

/// <summary>
/// Counts the values a chart builder had to leave out — NaN and ±∞ (Vega cannot draw them; JSON cannot even
/// hold them) and values ≤ 0 on a log axis — and turns the counts into warnings that travel with the chart.
/// </summary>
internal sealed class DroppedValues(string chartTitle)
{
    private int _nonFinite;
    private int _nonPositiveOnLog;

    /// <summary>True when every value is drawable on its axis; otherwise counts why not.</summary>
    public bool Keep(double value, bool logScale) => Keep(value, logScale, 0.0, false);

    /// <summary>Checks two or three values of one datum at once; the datum is dropped whole if any fails.</summary>
    public bool Keep(double a, bool logA, double b, bool logB, double c = 1.0, bool logC = false)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c))
        {
            _nonFinite++;
            return false;
        }
        if ((logA && a <= 0) || (logB && b <= 0) || (logC && c <= 0))
        {
            _nonPositiveOnLog++;
            return false;
        }
        return true;
    }

    public IReadOnlyList<ReportWarning> Warnings()
    {
        var warnings = new List<ReportWarning>(2);
        if (_nonFinite > 0)
            warnings.Add(new ReportWarning(
                $"Chart '{chartTitle}': {_nonFinite} data point(s) with NaN or infinite values were left out (they cannot be drawn).",
                "chart-non-finite"));
        if (_nonPositiveOnLog > 0)
            warnings.Add(new ReportWarning(
                $"Chart '{chartTitle}': {_nonPositiveOnLog} data point(s) ≤ 0 were left out of a logarithmic axis.",
                "chart-log-non-positive"));
        return warnings;
    }
}
