using System.Globalization;

namespace MoeLab.Reports.Fit;

/// <summary>Number formatting for fit reports: SI suffixes for counts, scientific for FLOPs, fixed for losses.</summary>
internal static class FitNumbers
{
    public static string Si(double value)
    {
        var abs = Math.Abs(value);
        (double Scale, string Suffix) unit = abs switch
        {
            >= 1e12 => (1e12, " T"),
            >= 1e9 => (1e9, " B"),
            >= 1e6 => (1e6, " M"),
            >= 1e3 => (1e3, " K"),
            _ => (1, ""),
        };
        return (value / unit.Scale).ToString("0.###", CultureInfo.InvariantCulture) + unit.Suffix;
    }

    public static string Sci(double value) => value.ToString("0.###e+00", CultureInfo.InvariantCulture);

    public static string G(double value, int digits = 6) => value.ToString("G" + digits, CultureInfo.InvariantCulture);

    public static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (100 * fraction).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
