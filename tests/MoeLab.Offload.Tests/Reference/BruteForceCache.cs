using System.Text.Json;

namespace MoeLab.Offload.Tests.Reference;

/// <summary>
/// An independent reference for per-layer expert caching: its own JSONL parsing and plain-list policies,
/// sharing no code with MoeLab.Offload, written for obviousness rather than speed.
/// </summary>
internal static class BruteForceCache
{
    /// <summary>Per layer, the list of requested experts in decode order (complete tokens only).</summary>
    public static List<int>[] LoadPerLayerRequests(string path, int layers)
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
        var perLayer = Enumerable.Range(0, layers).Select(_ => new List<int>()).ToArray();
        // Sequences in file order of first appearance; the shared files list problem 0 before problem 1.
        foreach (var key in tokens.Keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2).ThenBy(k => k.Item3))
        {
            var byLayer = tokens[key];
            if (byLayer.Count != layers) continue;
            for (var l = 0; l < layers; l++) perLayer[l].AddRange(byLayer[l]);
        }
        return perLayer;
    }

    public static int LruHits(List<int> requests, int capacity)
    {
        var cache = new List<int>();
        var hits = 0;
        foreach (var e in requests)
        {
            if (cache.Remove(e)) { hits++; cache.Add(e); continue; }
            if (cache.Count == capacity) cache.RemoveAt(0);
            cache.Add(e);
        }
        return hits;
    }

    public static int FifoHits(List<int> requests, int capacity)
    {
        var cache = new List<int>();
        var hits = 0;
        foreach (var e in requests)
        {
            if (cache.Contains(e)) { hits++; continue; }
            if (cache.Count == capacity) cache.RemoveAt(0);
            cache.Add(e);
        }
        return hits;
    }

    /// <summary>In-cache LFU: count restarts at 1 on insertion; ties evict the least recently used.</summary>
    public static int LfuHits(List<int> requests, int capacity)
    {
        var cache = new List<(int Expert, int Count, int LastUse)>();
        var hits = 0;
        for (var t = 0; t < requests.Count; t++)
        {
            var e = requests[t];
            var i = cache.FindIndex(c => c.Expert == e);
            if (i >= 0) { hits++; cache[i] = (e, cache[i].Count + 1, t); continue; }
            if (cache.Count == capacity)
            {
                var victim = cache.OrderBy(c => c.Count).ThenBy(c => c.LastUse).First();
                cache.Remove(victim);
            }
            cache.Add((e, 1, t));
        }
        return hits;
    }

    /// <summary>Belady with bypass: among the residents and the newcomer, drop the one needed furthest ahead (scanning the future).</summary>
    public static int BeladyHits(List<int> requests, int capacity)
    {
        var cache = new List<int>();
        var hits = 0;
        for (var t = 0; t < requests.Count; t++)
        {
            var e = requests[t];
            if (cache.Contains(e)) { hits++; continue; }
            if (cache.Count < capacity) { cache.Add(e); continue; }
            int NextUse(int x)
            {
                for (var u = t + 1; u < requests.Count; u++) if (requests[u] == x) return u;
                return int.MaxValue;
            }
            var furthest = cache.Append(e).OrderByDescending(NextUse).First();
            if (furthest == e) continue;
            cache.Remove(furthest);
            cache.Add(e);
        }
        return hits;
    }
}
