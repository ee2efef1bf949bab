using MoeLab.Core.Units;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Offload;

/// <summary>Cells for the offload reports: text as shown, raw value kept for JSON and charts.</summary>
internal static class OffloadFormat
{
    /// <summary>Shown and kept in percent, matching the column unit "%".</summary>
    public static Cell Percent(double fraction) => new(double.IsNaN(fraction) ? "—" : UnitFormat.Percent(fraction), fraction * 100);
    /// <summary>SI bytes; below one byte (a formula's vanishing prediction) an exponent, never a run of zeros.</summary>
    public static Cell Bytes(double bytes) => new(
        bytes != 0 && Math.Abs(bytes) < 1 && double.IsFinite(bytes)
            ? bytes.ToString("0.##e+0", System.Globalization.CultureInfo.InvariantCulture) + " B"
            : UnitFormat.BytesDecimal(bytes),
        bytes);
    public static Cell Seconds(double seconds) => new(UnitFormat.Time(seconds), seconds);
    public static Cell Number(double value, int significant = 3) => new(UnitFormat.Significant(value, significant), value);
    public static Cell Integer(long value) => new(UnitFormat.Exact(value), value);

    /// <summary>A cache scope as JSON names it: <c>per_layer</c> or <c>global</c>.</summary>
    public static string ScopeName(MoeLab.Offload.Caching.CacheScope scope) =>
        scope == MoeLab.Offload.Caching.CacheScope.PerLayer ? "per_layer" : "global";
}
