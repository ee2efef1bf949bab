using System.Numerics;

namespace MoeLab.Core.Specs;

/// <summary>
/// How a class of weights is stored: an element format, and optionally one shared scale per
/// <see cref="GroupSize"/> elements (int4 with group scales, MXFP4's 8-bit scale per 32, FP8 block scales).
/// Bytes are exact for whole groups: a partial last group still stores a full scale.
/// </summary>
public sealed record WeightPrecision
{
    public WeightPrecision(NumberFormat format, int groupSize = 0, NumberFormat scaleFormat = NumberFormat.Fp32)
    {
        Format = format;
        GroupSize = groupSize;
        ScaleFormat = scaleFormat;
    }

    /// <summary>Element format.</summary>
    public NumberFormat Format
    {
        get;
        init { field = Checked(value, nameof(Format)); Derive(); }
    }

    /// <summary>Elements sharing one scale; 0 means no stored scales.</summary>
    public int GroupSize
    {
        get;
        init { field = value; Derive(); }
    }

    /// <summary>Format of each shared scale (ignored when <see cref="GroupSize"/> is 0).</summary>
    public NumberFormat ScaleFormat
    {
        get;
        init { field = Checked(value, nameof(ScaleFormat)); Derive(); }
    }

    // Derived once per precision rather than on every BytesFor: the accountant sizes ten component classes per
    // spec, so each BytesFor should be a multiply, a shift and an add, not table look-ups and power-of-two tests.
    // Without groups the scale term is made to vanish (0 scale bits), so BytesFor needs no branch for it.
    private int _elementBits;
    private int _scaleBits;
    private long _groupRoundUp;
    private int _groupShift;

    private void Derive()
    {
        _elementBits = Format.Bits();
        var grouped = GroupSize > 0;
        _scaleBits = grouped ? ScaleFormat.Bits() : 0;
        _groupRoundUp = grouped ? GroupSize - 1 : 0;
        _groupShift = !grouped ? 0 : BitOperations.IsPow2(GroupSize) ? BitOperations.TrailingZeroCount(GroupSize) : -1;
    }

    private static NumberFormat Checked(NumberFormat format, string name) =>
        Enum.IsDefined(format) ? format : throw new ArgumentOutOfRangeException(name, format, "unknown number format");

    public void Deconstruct(out NumberFormat format, out int groupSize, out NumberFormat scaleFormat)
    {
        format = Format;
        groupSize = GroupSize;
        scaleFormat = ScaleFormat;
    }

    public static readonly WeightPrecision Fp32 = new(NumberFormat.Fp32);
    public static readonly WeightPrecision Bf16 = new(NumberFormat.Bf16);
    public static readonly WeightPrecision Fp16 = new(NumberFormat.Fp16);
    public static readonly WeightPrecision Fp8 = new(NumberFormat.Fp8);
    public static readonly WeightPrecision Int8 = new(NumberFormat.Int8);

    /// <summary>OCP MXFP4: 4-bit E2M1 elements with one E8M0 scale per 32 elements (4.25 bits/weight).</summary>
    public static readonly WeightPrecision Mxfp4 = new(NumberFormat.Mxfp4, 32, NumberFormat.E8m0);

    /// <summary>DeepSeek-V3's FP8 with one fp32 scale per 128×128 block.</summary>
    public static readonly WeightPrecision Fp8Block128 = new(NumberFormat.Fp8, 128 * 128, NumberFormat.Fp32);

    /// <summary>Group-quantised int4 (GPTQ/AWQ style): one scale of <paramref name="scale"/> per <paramref name="groupSize"/> weights.</summary>
    public static WeightPrecision Int4(int groupSize = 128, NumberFormat scale = NumberFormat.Fp16) => new(NumberFormat.Int4, groupSize, scale);

    /// <summary>Average stored bits per weight, scales included.</summary>
    public double BitsPerWeight => Format.Bits() + (GroupSize > 0 ? (double)ScaleFormat.Bits() / GroupSize : 0.0);

    /// <summary>Bytes to store <paramref name="parameters"/> weights: element bits plus one scale per (partial) group, rounded up to whole bytes.</summary>
    /// <exception cref="OverflowException">The byte count exceeds <see cref="long.MaxValue"/>.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long BytesFor(long parameters)
    {
        // No early return for 0: it comes out as 0 bytes anyway, and the clamp is a conditional move, not a branch.
        parameters = Math.Max(parameters, 0);
        // Below 2⁵⁷ weights (1.4·10¹⁷) the bit count fits in 63 bits at up to 32 bits a weight plus a scale each;
        // the planner never leaves this branch.
        if (parameters < 1L << 57)
        {
            // Group sizes are nearly always powers of two; a shift avoids a 64-bit division in the planner's hot path.
            var groups = _groupShift >= 0 ? (parameters + _groupRoundUp) >> _groupShift : (parameters + _groupRoundUp) / GroupSize;
            return (parameters * _elementBits + groups * _scaleBits + 7) >> 3;
        }
        return BytesForHuge((ulong)parameters);
    }

    /// <summary>
    /// Exact bytes when the bit count would pass 64 bits (7.9 EB of bf16 is 6.3·10¹⁹ bits): whole bytes come from the
    /// eighths of each count, and only the remainders go through bits.
    /// </summary>
    private long BytesForHuge(ulong parameters)
    {
        // Unsigned, so rounding a count near long.MaxValue up to whole groups cannot wrap.
        var groups = GroupSize > 0 ? (parameters + (ulong)_groupRoundUp) / (ulong)GroupSize : 0;
        var remainderBits = (parameters & 7) * (ulong)_elementBits + (groups & 7) * (ulong)_scaleBits;
        return checked((long)((parameters >> 3) * (ulong)_elementBits + (groups >> 3) * (ulong)_scaleBits + ((remainderBits + 7) >> 3)));
    }

    /// <summary>Short label, e.g. <c>bf16</c>, <c>int4/g128(fp16)</c>, <c>mxfp4/g32(e8m0)</c>.</summary>
    public string Label => GroupSize > 0 ? $"{Format.Name()}/g{GroupSize}({ScaleFormat.Name()})" : Format.Name();

    public override string ToString() => Label;
}
