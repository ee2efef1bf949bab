using System.Globalization;

namespace MoeLab.Reports.Plan;

/// <summary>Display formatting for plan reports (SI suffixes; JSON keeps raw values).</summary>
internal static class PlanNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Si(double value, string unit = "")
    {
        var (scale, suffix) = Math.Abs(value) switch
        {
            >= 1e12 => (1e12, " T"),
            >= 1e9 => (1e9, " G"),
            >= 1e6 => (1e6, " M"),
            >= 1e3 => (1e3, " k"),
            _ => (1.0, " "),
        };
        var text = (value / scale).ToString("0.####", Inv) + suffix + unit;
        return text.TrimEnd();
    }

    public static string Sci(double value) => value.ToString("0.###e+0", Inv);

    public static string Fixed(double value, string format) => value.ToString(format, Inv);

    public static string Int(long value) => value.ToString("N0", Inv);

    public static string Percent(double fraction) => (fraction * 100).ToString("+0.00;-0.00;0.00", Inv) + "%";
}
