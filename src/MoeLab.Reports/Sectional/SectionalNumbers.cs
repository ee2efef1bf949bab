using System.Globalization;

namespace MoeLab.Reports.Sectional;

/// <summary>Display text for the sectional report: SI suffixes for counts and bytes, µs/ms/s for time.</summary>
internal static class SectionalNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly (double Scale, string Suffix)[] Si = [(1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")];

    /// <summary>e.g. 4.295e10 → "42.95 G" (counts); unit appended when given ("42.95 GB").</summary>
    public static string Count(double value, string unit = "")
    {
        if (!double.IsFinite(value)) return value.ToString(Inv);
        foreach (var (scale, suffix) in Si)
            if (Math.Abs(value) >= scale) return $"{(value / scale).ToString("0.00", Inv)} {suffix}{unit}";
        return $"{value.ToString("0.##", Inv)}{(unit.Length > 0 ? " " + unit : "")}";
    }

    public static string Bytes(double value) => Count(value, "B");

    /// <summary>e.g. 0.000123 → "123.0 µs".</summary>
    public static string Seconds(double value)
    {
        double a = Math.Abs(value);
        if (a >= 1 || a == 0) return $"{value.ToString("0.000", Inv)} s";
        if (a >= 1e-3) return $"{(value * 1e3).ToString("0.000", Inv)} ms";
        return $"{(value * 1e6).ToString("0.00", Inv)} µs";
    }

    public static string Number(double value, string format = "0.###") => value.ToString(format, Inv);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Inv) + "%";
}
