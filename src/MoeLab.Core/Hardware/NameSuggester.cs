namespace MoeLab.Core.Hardware;

/// <summary>Finds the known name closest to a mistyped one (edit distance), for "did you mean" hints.</summary>
internal static class NameSuggester
{
    /// <summary>The candidate with the smallest case-insensitive edit distance, if it is close enough to be a typo.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var wanted = typed.Trim().ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var lower = candidate.ToLowerInvariant();
            // A prefix or substring match ("h100" → "h100-pcie-gen5") is a better hint than any edit distance.
            var distance = lower.Contains(wanted, StringComparison.Ordinal) && wanted.Length > 0
                ? 0
                : EditDistance(wanted, lower);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        // Beyond half the typed length the "suggestion" is noise.
        return bestDistance <= Math.Max(2, wanted.Length / 2) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
