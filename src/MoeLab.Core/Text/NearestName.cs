namespace MoeLab.Core.Text;

/// <summary>Suggests the closest known name to a mistyped one (case-insensitive Levenshtein distance).</summary>
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

    /// <summary>Levenshtein edit distance (insert, delete, substitute each cost 1).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
