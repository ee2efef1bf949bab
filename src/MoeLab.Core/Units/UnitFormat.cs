using System.Globalization;

namespace MoeLab.Core.Units;

/// <summary>
/// Human-readable numbers with their unit: counts with K/M/B/T (<c>46.70 B</c>), FLOPs with SI prefixes
/// (<c>5.95 GFLOPs</c>), bytes in decimal (<c>93.4 GB</c>) or binary (<c>87.0 GiB</c>) units — always labelled
/// which — bandwidth (<c>3.35 TB/s</c>) and time (<c>12.5 ms</c>). Beyond the largest prefix a value is written
/// as a power of ten (<c>3.93×10¹⁸</c>), never as a seven-digit mantissa. For display only; JSON keeps raw values.
/// </summary>
public static class UnitFormat
{
    private static readonly (double Scale, string Suffix)[] CountSteps = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")];
    private static readonly (double Scale, string Prefix)[] SiSteps =
        [(1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")];

    // Counts past a thousand trillion have no everyday suffix (Q would read as quadrillion to some and quetta to
    // others), and SI values past a thousand yotta have no prefix: both switch to a power of ten.
    private const double CountScientificFrom = 1e15;
    private const double SiScientificFrom = 1e27;
    private static readonly (double Scale, string Prefix)[] BinarySteps =
        [(1L << 60, "Ei"), (1L << 50, "Pi"), (1L << 40, "Ti"), (1L << 30, "Gi"), (1L << 20, "Mi"), (1L << 10, "Ki")];

    /// <summary>A count (parameters, tokens) with K/M/B/T: <c>46.70 B</c>; below 1000 the plain integer.</summary>
    public static string Count(double value, int decimals = 2)
    {
        if (Math.Abs(value) >= CountScientificFrom) return Scientific(value);
        foreach (var (scale, suffix) in CountSteps)
            if (Math.Abs(value) >= scale) return $"{Fixed(value / scale, decimals)} {suffix}";
        return Fixed(value, Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : decimals);
    }

    /// <summary>An exact integer with thousands separators: <c>46,702,792,704</c>.</summary>
    public static string Exact(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>FLOPs with an SI prefix: <c>5.95 GFLOPs</c>.</summary>
    public static string Flops(double flops, int significant = 3) => Si(flops, "FLOPs", significant);

    /// <summary>Bytes in decimal units (1 GB = 10⁹ B): <c>93.4 GB</c>.</summary>
    public static string BytesDecimal(double bytes, int significant = 3) => Si(bytes, "B", significant);

    /// <summary>Bytes in binary units (1 GiB = 2³⁰ B): <c>87.0 GiB</c>.</summary>
    public static string BytesBinary(double bytes, int significant = 3)
    {
        foreach (var (scale, prefix) in BinarySteps)
            if (Math.Abs(bytes) >= scale) return $"{Significant(bytes / scale, significant)} {prefix}B";
        return $"{Significant(bytes, significant)} B";
    }

    /// <summary>Bandwidth in decimal bytes per second: <c>3.35 TB/s</c>.</summary>
    public static string Bandwidth(double bytesPerSecond, int significant = 3) => Si(bytesPerSecond, "B/s", significant);

    /// <summary>A duration in s, ms, µs or ns: <c>12.5 ms</c>; long ones in min or h.</summary>
    public static string Time(double seconds, int significant = 3)
    {
        var a = Math.Abs(seconds);
        return a switch
        {
            >= 7200 => $"{Significant(seconds / 3600, significant)} h",
            >= 120 => $"{Significant(seconds / 60, significant)} min",
            >= 1 or 0 => $"{Significant(seconds, significant)} s",
            >= 1e-3 => $"{Significant(seconds * 1e3, significant)} ms",
            >= 1e-6 => $"{Significant(seconds * 1e6, significant)} µs",
            _ => $"{Significant(seconds * 1e9, significant)} ns",
        };
    }

    /// <summary>A value with an SI prefix and unit: <c>Si(3.35e12, "B/s")</c> → <c>3.35 TB/s</c>.</summary>
    public static string Si(double value, string unit, int significant = 3)
    {
        if (!double.IsFinite(value)) return $"{value.ToString(CultureInfo.InvariantCulture)} {unit}";
        if (Math.Abs(value) >= SiScientificFrom) return $"{Scientific(value, significant)} {unit}";
        foreach (var (scale, prefix) in SiSteps)
            if (Math.Abs(value) >= scale) return $"{Significant(value / scale, significant)} {prefix}{unit}";
        return $"{Significant(value, significant)} {unit}";
    }

    /// <summary>
    /// A value with an SI prefix up to P and fixed decimals, as tables that line up by column want it:
    /// <c>SiFixed(4.295e10, "B")</c> → <c>42.95 GB</c>; below 1000 no prefix and at most two decimals
    /// (<c>512 B</c>, <c>0.5</c>).
    /// </summary>
    public static string SiFixed(double value, string unit = "")
    {
        if (!double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        foreach (var (scale, prefix) in SiSteps)
            if (scale <= 1e15 && Math.Abs(value) >= scale) return $"{(value / scale).ToString("0.00", CultureInfo.InvariantCulture)} {prefix}{unit}";
        return $"{value.ToString("0.##", CultureInfo.InvariantCulture)}{(unit.Length > 0 ? " " + unit : "")}";
    }

    /// <summary>
    /// Bytes in decimal units with fixed decimals for expected (fractional) byte counts: whole bytes below 1 kB
    /// (<c>513 B</c>), two decimals above (<c>1.50 GB</c>), and a fraction of a byte in scientific form (<c>2.5E-3 B</c>).
    /// </summary>
    public static string BytesFixed(double bytes)
    {
        if (bytes != 0 && Math.Abs(bytes) < 1) return $"{bytes.ToString("0.##E+0", CultureInfo.InvariantCulture)} B";
        return Math.Abs(bytes) < 1000 ? $"{bytes.ToString("0", CultureInfo.InvariantCulture)} B" : SiFixed(bytes, "B");
    }

    /// <summary>A duration in s, ms, µs or ns with fixed decimals (<c>12.50 ms</c>, <c>1.500 s</c>), for aligned tables.</summary>
    public static string TimeFixed(double seconds) => seconds switch
    {
        0 => "0 s",
        < 1e-6 => $"{(seconds * 1e9).ToString("0.00", CultureInfo.InvariantCulture)} ns",
        < 1e-3 => $"{(seconds * 1e6).ToString("0.00", CultureInfo.InvariantCulture)} µs",
        < 1 => $"{(seconds * 1e3).ToString("0.00", CultureInfo.InvariantCulture)} ms",
        _ => $"{seconds.ToString("0.000", CultureInfo.InvariantCulture)} s",
    };

    /// <summary>A ratio as a signed percentage change: <c>+2.50%</c>, <c>-0.75%</c>, <c>0.00%</c>.</summary>
    public static string PercentChange(double fraction) => (fraction * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary><paramref name="value"/> in an invariant-culture .NET format (<c>"0.###"</c>, <c>"0.###e+0"</c>), so "1.5", never "1,5".</summary>
    public static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage: <c>27.6%</c>.</summary>
    public static string Percent(double fraction, int decimals = 1) => $"{Fixed(fraction * 100, decimals)}%";

    /// <summary>
    /// A power of ten with <paramref name="significant"/> significant digits in the mantissa: <c>3.93×10¹⁸</c>,
    /// <c>-1.00×10²⁰</c>. For magnitudes no prefix or suffix covers.
    /// </summary>
    public static string Scientific(double value, int significant = 3)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var mantissa = Math.Round(value / Math.Pow(10, exponent), Math.Max(0, significant - 1), MidpointRounding.AwayFromZero);
        // Rounding may carry into a new digit (9.996 → 10.0): renormalise so the mantissa stays in [1, 10).
        if (Math.Abs(mantissa) >= 10) { mantissa /= 10; exponent++; }
        return $"{Fixed(mantissa, Math.Max(0, significant - 1))}×10{Superscript(exponent)}";
    }

    private static string Superscript(int exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = exponent.ToString(CultureInfo.InvariantCulture);
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++) chars[i] = text[i] == '-' ? '⁻' : digits[text[i] - '0'];
        return new string(chars);
    }

    /// <summary><paramref name="value"/> with <paramref name="significant"/> significant digits, no exponent, trailing zeros kept (3.35, 93.4, 512).</summary>
    public static string Significant(double value, int significant = 3)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Max(0, significant - 1 - magnitude);
        // Fixed notation cannot show more than 15 decimals; tiny values (often float noise) get an exponent.
        if (decimals > 15) return value.ToString("g" + significant, CultureInfo.InvariantCulture);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // Rounding may carry into a new digit (999.6 → 1000); recompute so the digit count stays honest.
        if (rounded != 0 && (int)Math.Floor(Math.Log10(Math.Abs(rounded))) > magnitude) decimals = Math.Max(0, decimals - 1);
        return Fixed(rounded, decimals);
    }

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
