using MoeLab.Core.Validation;

namespace MoeLab.Core.Specs;

/// <summary>
/// Reads precision names as users type them: <c>bf16</c>, <c>fp8</c>, <c>mxfp4</c>, <c>int4</c> (group 128,
/// fp16 scales), <c>int4/g64</c>, <c>int4/g64(bf16)</c>, <c>fp8/g16384(fp32)</c>.
/// </summary>
public static class WeightPrecisionParser
{
    public static IReadOnlyList<string> Examples { get; } = ["fp32", "bf16", "fp16", "fp8", "int8", "int4", "int4/g64", "mxfp4"];

    public static WeightPrecision Parse(string text, string? source = null, string? field = null)
    {
        var t = text.Trim().ToLowerInvariant();
        var slash = t.IndexOf('/');
        var formatText = slash < 0 ? t : t[..slash];
        if (!TryParseFormat(formatText, out var format))
            throw new InvalidInputException($"unknown precision '{text}' (examples: {string.Join(", ", Examples)})", source, field);
        if (slash < 0)
            return format switch
            {
                NumberFormat.Mxfp4 => WeightPrecision.Mxfp4,
                NumberFormat.Int4 => WeightPrecision.Int4(),
                _ => new WeightPrecision(format),
            };
        var rest = t[(slash + 1)..];
        var scale = format == NumberFormat.Mxfp4 ? NumberFormat.E8m0 : format == NumberFormat.Fp8 ? NumberFormat.Fp32 : NumberFormat.Fp16;
        var paren = rest.IndexOf('(');
        if (paren >= 0)
        {
            if (!rest.EndsWith(')') || !TryParseFormat(rest[(paren + 1)..^1], out scale))
                throw new InvalidInputException($"cannot read the scale format in '{text}' (e.g. int4/g64(fp16))", source, field);
            rest = rest[..paren];
        }
        if (!rest.StartsWith('g') || !int.TryParse(rest[1..], out var group) || group <= 0)
            throw new InvalidInputException($"cannot read the group size in '{text}' (e.g. int4/g64)", source, field);
        return new WeightPrecision(format, group, scale);
    }

    public static bool TryParseFormat(string text, out NumberFormat format)
    {
        foreach (var f in Enum.GetValues<NumberFormat>())
            if (string.Equals(f.Name(), text, StringComparison.OrdinalIgnoreCase)) { format = f; return true; }
        format = default;
        return false;
    }
}
