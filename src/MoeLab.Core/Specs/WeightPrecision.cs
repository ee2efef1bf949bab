namespace MoeLab.Core.Specs;

/// <summary>
/// How a class of weights is stored: an element format, and optionally one shared scale per
/// <see cref="GroupSize"/> elements (int4 with group scales, MXFP4's 8-bit scale per 32, FP8 block scales).
/// Bytes are exact for whole groups: a partial last group still stores a full scale.
/// </summary>
/// <param name="Format">Element format.</param>
/// <param name="GroupSize">Elements sharing one scale; 0 means no stored scales.</param>
/// <param name="ScaleFormat">Format of each shared scale (ignored when <paramref name="GroupSize"/> is 0).</param>
public sealed record WeightPrecision(NumberFormat Format, int GroupSize = 0, NumberFormat ScaleFormat = NumberFormat.Fp32)
{
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
    public long BytesFor(long parameters)
    {
        if (parameters <= 0) return 0;
        var bits = parameters * Format.Bits();
        if (GroupSize > 0) bits += (parameters + GroupSize - 1) / GroupSize * ScaleFormat.Bits();
        return (bits + 7) / 8;
    }

    /// <summary>Short label, e.g. <c>bf16</c>, <c>int4/g128(fp16)</c>, <c>mxfp4/g32(e8m0)</c>.</summary>
    public string Label => GroupSize > 0 ? $"{Format.Name()}/g{GroupSize}({ScaleFormat.Name()})" : Format.Name();

    public override string ToString() => Label;
}
