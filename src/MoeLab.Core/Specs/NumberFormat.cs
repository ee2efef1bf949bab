namespace MoeLab.Core.Specs;

/// <summary>How one stored weight element (or one shared scale) is encoded.</summary>
public enum NumberFormat
{
    Fp32,
    Bf16,
    Fp16,
    /// <summary>8-bit float (E4M3 or E5M2; the same size).</summary>
    Fp8,
    Int8,
    Int4,
    /// <summary>OCP microscaling FP4 element (E2M1); pair with an <see cref="E8m0"/> scale per 32 elements.</summary>
    Mxfp4,
    /// <summary>8-bit power-of-two scale used by the OCP MX formats.</summary>
    E8m0,
}

/// <summary>Bit widths of <see cref="NumberFormat"/>s.</summary>
public static class NumberFormats
{
    public static int Bits(this NumberFormat format) => format switch
    {
        NumberFormat.Fp32 => 32,
        NumberFormat.Bf16 or NumberFormat.Fp16 => 16,
        NumberFormat.Fp8 or NumberFormat.Int8 or NumberFormat.E8m0 => 8,
        NumberFormat.Int4 or NumberFormat.Mxfp4 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Lower-case name used in JSON and on the command line (e.g. <c>bf16</c>, <c>mxfp4</c>).</summary>
    public static string Name(this NumberFormat format) => format.ToString().ToLowerInvariant();
}
