using System.Globalization;
using MoeLab.Core.Units;

namespace MoeLab.Reports.Plan;

/// <summary>Display formatting for plan reports (SI suffixes; JSON keeps raw values).</summary>
internal static class PlanNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Si(double value, string unit = "") => UnitFormat.Si(value, unit, 4).TrimEnd();

    public static string Sci(double value) => value.ToString("0.###e+0", Inv);

    public static string Fixed(double value, string format) => value.ToString(format, Inv);

    public static string Int(long value) => value.ToString("N0", Inv);

    public static string Percent(double fraction) => (fraction * 100).ToString("+0.00;-0.00;0.00", Inv) + "%";
}
