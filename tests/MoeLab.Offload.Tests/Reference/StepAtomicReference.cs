using System.Text.Json;

namespace MoeLab.Offload.Tests.Reference;

/// <summary>
/// An independent reference for step-atomic expert caching, sharing no code with MoeLab.Offload: its own JSONL
/// parsing, one plain list of residents, every victim found by a full scan — written for obviousness, not speed.
/// A step is the experts one token needs at one layer; they are served in order, a hit touches the expert, a
/// miss evicts the best victim among residents that are not in the step (unless the policy bypasses or, for
/// pin, the expert is not pinned) and inserts.
/// </summary>
internal static class StepAtomicReference
{
    /// <summary>Per token (complete tokens only, sequences in name order), per layer, the experts chosen.</summary>
    public static List<int[][]> LoadTokens(string path, int layers)
    {
        var tokens = new Dictionary<(string, int, int), Dictionary<int, int[]>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var key = (r.GetProperty("dataset").GetString()!, r.GetProperty("problem_id").GetInt32(), r.GetProperty("token_idx").GetInt32());
            if (!tokens.TryGetValue(key, out var byLayer)) tokens[key] = byLayer = [];
            byLayer[r.GetProperty("layer").GetInt32()] = r.GetProperty("experts").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        }
        return tokens.Keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2).ThenBy(k => k.Item3)
            .Where(k => tokens[k].Count == layers)
            .Select(k => Enumerable.Range(0, layers).Select(l => tokens[k][l]).ToArray())
            .ToList();
    }

    /// <summary>The steps of layer <paramref name="layer"/> alone, keys = expert ids.</summary>
    public static List<int[]> LayerSteps(List<int[][]> tokens, int layer) => tokens.Select(t => t[layer]).ToList();

    /// <summary>Every step of every layer in decode order, keys = layer·experts + expert (one shared pool).</summary>
    public static List<int[]> GlobalSteps(List<int[][]> tokens, int experts) =>
        tokens.SelectMany(t => t.Select((ids, l) => ids.Select(e => l * experts + e).ToArray())).ToList();

    private sealed class Entry(int key, long clock, long nextUse)
    {
        public int Key { get; } = key;
        public long Count { get; set; } = 1;
        public long LastUse { get; set; } = clock;
        public long Inserted { get; } = clock;
        public long NextUse { get; set; } = nextUse;
    }

    public static long Hits(string policy, List<int[]> steps, int capacity)
    {
        if (policy == "arc") return ArcHits(steps, capacity);
        var flat = steps.SelectMany(s => s).ToList();
        var next = NextUses(flat);
        var pinned = flat.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(capacity).Select(g => g.Key).ToHashSet();
        var history = new Dictionary<int, long>();
        var cache = new List<Entry>();
        long hits = 0, clock = 0;
        var index = 0;
        foreach (var step in steps)
        {
            foreach (var key in step)
            {
                var now = index++;
                clock++;
                history[key] = history.GetValueOrDefault(key) + 1;
                var entry = cache.Find(e => e.Key == key);
                if (entry is not null)
                {
                    hits++;
                    entry.Count++;
                    entry.LastUse = clock;
                    entry.NextUse = next[now];
                    continue;
                }
                if (policy == "pin")
                {
                    if (pinned.Contains(key) && cache.Count < capacity) cache.Add(new Entry(key, clock, next[now]));
                    continue;
                }
                if (cache.Count == capacity)
                {
                    var candidates = cache.Where(e => !step.Contains(e.Key)).ToList();
                    var victim = policy switch
                    {
                        "lru" => candidates.OrderBy(e => e.LastUse).First(),
                        "fifo" => candidates.OrderBy(e => e.Inserted).First(),
                        "lfu" => candidates.OrderBy(e => e.Count).ThenBy(e => e.LastUse).First(),
                        "lfu-perfect" => candidates.OrderBy(e => history[e.Key]).ThenBy(e => e.LastUse).First(),
                        "opt" or "opt-bypass" => candidates.OrderByDescending(e => e.NextUse).First(),
                        _ => throw new ArgumentException(policy),
                    };
                    if (policy == "opt-bypass" && next[now] >= victim.NextUse) continue;
                    cache.Remove(victim);
                }
                cache.Add(new Entry(key, clock, next[now]));
            }
        }
        return hits;
    }

    /// <summary>For each request, the index of the next request for the same key (a forward scan), or long.MaxValue.</summary>
    private static long[] NextUses(List<int> flat)
    {
        var next = new long[flat.Count];
        for (var i = 0; i < flat.Count; i++)
        {
            next[i] = long.MaxValue;
            for (var j = i + 1; j < flat.Count; j++)
                if (flat[j] == flat[i]) { next[i] = j; break; }
        }
        return next;
    }

    /// <summary>
    /// ARC (Megiddo &amp; Modha) as MoeLab states it: lists with the least recent first; a ghost hit adapts p before
    /// the victim is chosen; the victim comes from T1 when T1 is non-empty and (T2 is empty, |T1| &gt; p, or the
    /// miss was a B2 ghost and |T1| = round(p)), else from T2 — the least recent key not in the step, falling back
    /// to the other list; evicted keys become ghosts; a ghost re-enters T2, a new key T1; ghosts are trimmed so
    /// |T1| + |B1| ≤ c and all four lists ≤ 2c.
    /// </summary>
    private static long ArcHits(List<int[]> steps, int c)
    {
        List<int> t1 = [], t2 = [], b1 = [], b2 = [];
        double p = 0;
        long hits = 0;
        foreach (var step in steps)
            foreach (var key in step)
            {
                if (t1.Remove(key) || t2.Remove(key)) { hits++; t2.Add(key); continue; }
                var fromB1 = b1.Contains(key);
                var fromB2 = b2.Contains(key);
                if (fromB1) p = Math.Min(c, p + Math.Max((double)b2.Count / b1.Count, 1));
                if (fromB2) p = Math.Max(0, p - Math.Max((double)b1.Count / b2.Count, 1));
                if (t1.Count + t2.Count == c)
                {
                    var preferT1 = t1.Count > 0 && (t2.Count == 0 || t1.Count > p || (fromB2 && t1.Count == (int)Math.Round(p)));
                    var (first, second) = preferT1 ? (t1, t2) : (t2, t1);
                    var list = first;
                    var victim = first.FirstOrDefault(k => !step.Contains(k), -1);
                    if (victim < 0) { list = second; victim = second.First(k => !step.Contains(k)); }
                    list.Remove(victim);
                    (list == t1 ? b1 : b2).Add(victim);
                    Trim();
                }
                // Looked up again: the eviction's trim may just have dropped this key's ghost.
                if (b1.Remove(key) | b2.Remove(key)) t2.Add(key);
                else t1.Add(key);
                Trim();
            }
        return hits;

        void Trim()
        {
            while (t1.Count + b1.Count > c && b1.Count > 0) b1.RemoveAt(0);
            while (t1.Count + t2.Count + b1.Count + b2.Count > 2 * c && b2.Count > 0) b2.RemoveAt(0);
        }
    }
}
