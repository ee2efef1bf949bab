namespace MoeLab.Core.Text;

/// <summary>
/// Suggests the closest known name to a mistyped one (case-insensitive optimal-string-alignment distance): the
/// one "did you mean" for every catalog, profile, key and option value in MoeLab.
/// </summary>
public static class NearestName
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/>, or null when none is plausibly meant. A candidate is
    /// scored by its edit distance to the typed text, or to its own prefix of the typed length when that is
    /// smaller (so "mixtrl" finds "mixtral-8x7b"); ties go to the shorter name.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var t = typed.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var c = candidate.ToLowerInvariant();
            var distance = c.Contains(t, StringComparison.Ordinal) && t.Length >= 3 ? 0
                : Math.Min(Distance(t, c), Distance(t, c[..Math.Min(c.Length, t.Length)]));
            if (distance < bestDistance || (distance == bestDistance && best is not null && candidate.Length < best.Length))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, t.Length / 2) ? best : null;
    }

    /// <summary>
    /// The stricter rule for short option values ("lru", "lfu", "fifo"), where a loose guess would mislead: the
    /// candidate within about one edit per three characters, else the one candidate <paramref name="typed"/> is a
    /// prefix of; null when neither (an empty input, an ambiguous prefix).
    /// </summary>
    public static string? SuggestStrict(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var list = candidates.Distinct(StringComparer.Ordinal).ToList();
        if (typed.Length == 0 || list.Count == 0) return null;

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = Distance(typed, candidate, ignoreCase: true);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Allow about one edit per three characters: "lur" → "lru", "mixtral-8x7" → "mixtral-8x7b".
        var allowed = Math.Max(1, Math.Min(typed.Length, best!.Length) / 3);
        if (bestDistance <= allowed) return best;

        var prefixed = list.Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>
    /// Optimal-string-alignment distance: insert, delete, substitute, or swap two neighbours ("lur" → "lru"),
    /// each costing 1. Case-sensitive unless <paramref name="ignoreCase"/>; <see cref="Suggest"/> lower-cases first.
    /// </summary>
    public static int Distance(string a, string b, bool ignoreCase = false)
    {
        if (ignoreCase)
        {
            a = a.ToLowerInvariant();
            b = b.ToLowerInvariant();
        }
        // Three rolling rows: the swap rule looks two rows back.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var best = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, twoBack[j - 2] + 1);
                current[j] = best;
            }
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length];
    }
}
