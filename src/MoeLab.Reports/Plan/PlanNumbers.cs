using MoeLab.Core.Units;

namespace MoeLab.Reports.Plan;

/// <summary>The plan reports' display precision over <see cref="UnitFormat"/> (JSON keeps raw values).</summary>
internal static class PlanNumbers
{
    /// <summary>Four significant digits, so neighbouring plans in a sweep stay distinguishable.</summary>
    public static string Si(double value, string unit = "") => UnitFormat.Si(value, unit, 4).TrimEnd();

    /// <summary>Compute budgets and caps in scientific form: <c>5.76e+23</c>.</summary>
    public static string Sci(double value) => UnitFormat.Invariant(value, "0.###e+0");
}
