using System.Globalization;

namespace MoeLab.Reports.Sectional;

/// <summary>
/// The sectional report's formats that the shared <see cref="Core.Units.UnitFormat"/> does not produce: durations
/// with three decimals in s and ms, and a percentage rounded from its 15-digit decimal form. Counts and bytes use
/// <see cref="Core.Units.UnitFormat.SiFixed"/>.
/// </summary>
internal static class SectionalNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>e.g. 0.000123 → "123.00 µs".</summary>
    public static string Seconds(double value)
    {
        double a = Math.Abs(value);
        if (a >= 1 || a == 0) return $"{value.ToString("0.000", Inv)} s";
        if (a >= 1e-3) return $"{(value * 1e3).ToString("0.000", Inv)} ms";
        return $"{(value * 1e6).ToString("0.00", Inv)} µs";
    }

    /// <summary>
    /// One decimal, rounded as the 15-digit decimal reads (0.6585 → "65.9%"); <see cref="Core.Units.UnitFormat.Percent"/>
    /// rounds the exact binary value instead ("65.8%"), so it cannot stand in without changing the text.
    /// </summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Inv) + "%";
}
