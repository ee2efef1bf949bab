namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// "Did you mean …?" for a mistyped name: the closest candidate by edit distance (insertions, deletions,
/// substitutions and swapped neighbours, ignoring case), or a candidate the input is an unambiguous prefix of.
/// Suggests nothing when no candidate is close, rather than a misleading guess.
/// </summary>
public static class NearestName
{
    /// <summary>The best suggestion for <paramref name="input"/>, or null when none is close enough.</summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        var list = candidates.Distinct(StringComparer.Ordinal).ToList();
        if (input.Length == 0 || list.Count == 0) return null;

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = Distance(input, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Allow about one edit per three characters: "lur" → "lru", "mixtral-8x7" → "mixtral-8x7b".
        var allowed = Math.Max(1, Math.Min(input.Length, best!.Length) / 3);
        if (bestDistance <= allowed) return best;

        var prefixed = list.Where(c => c.StartsWith(input, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>Optimal-string-alignment distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
