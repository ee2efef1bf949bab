namespace MoeLab.Engine.Weights;

/// <summary>A span of bytes in a file: what one read fetches.</summary>
public sealed record ByteRange(string File, long Offset, long Length)
{
    public long End => Offset + Length;

    /// <summary>
    /// The fewest ranges covering <paramref name="ranges"/>: sorted by file and offset, touching or overlapping
    /// neighbours merged (an HF expert written adjacently becomes one read; the engine's stacked w1/w3/w2 stay three).
    /// </summary>
    public static IReadOnlyList<ByteRange> Coalesce(IEnumerable<ByteRange> ranges)
    {
        var merged = new List<ByteRange>();
        foreach (var r in ranges.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Offset))
        {
            if (merged.Count > 0 && merged[^1].File == r.File && r.Offset <= merged[^1].End)
                merged[^1] = merged[^1] with { Length = Math.Max(merged[^1].End, r.End) - merged[^1].Offset };
            else
                merged.Add(r);
        }
        return merged;
    }
}
