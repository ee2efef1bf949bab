using System.Text.Json;
using MoeLab.Core.Hardware;

namespace MoeLab.Offload.Tests.Analytic;

/// <summary>
/// Independent reference machinery for the analytic-model tests: a plain list-based LRU, seeded IRM trace
/// generators, brute-force enumerations, and a reader for the shared Mixtral traces. Written for clarity, not
/// speed, and sharing no code with the models under test.
/// </summary>
internal static class AnalyticTestSupport
{
    /// <summary>Zipf popularity p_i ∝ 1 / (i+1)^s over n items, normalised to sum to 1.</summary>
    public static double[] Zipf(int n, double s)
    {
        var w = Enumerable.Range(1, n).Select(i => 1 / Math.Pow(i, s)).ToArray();
        var total = w.Sum();
        return [.. w.Select(x => x / total)];
    }

    /// <summary>Draws k distinct items by successive weighted sampling without replacement.</summary>
    public static int[] DrawDistinct(Random rng, double[] weights, int k)
    {
        var chosen = new int[k];
        var taken = new bool[weights.Length];
        for (var j = 0; j < k; j++)
        {
            var remaining = 0.0;
            for (var i = 0; i < weights.Length; i++) if (!taken[i]) remaining += weights[i];
            var u = rng.NextDouble() * remaining;
            var pick = -1;
            for (var i = 0; i < weights.Length; i++)
            {
                if (taken[i]) continue;
                pick = i;
                u -= weights[i];
                if (u < 0) break;
            }
            taken[pick] = true;
            chosen[j] = pick;
        }
        return chosen;
    }

    /// <summary>
    /// Exact inclusion probabilities of successive weighted sampling of k = 1, 2 or 3 distinct items, by
    /// enumerating every ordered draw sequence.
    /// </summary>
    public static double[] InclusionProbabilities(double[] w, int k)
    {
        var n = w.Length;
        var pi = new double[n];
        void Walk(List<int> drawn, double probability)
        {
            if (drawn.Count == k)
            {
                foreach (var i in drawn) pi[i] += probability;
                return;
            }
            var remaining = 1.0 - drawn.Sum(i => w[i]);
            for (var i = 0; i < n; i++)
            {
                if (drawn.Contains(i)) continue;
                drawn.Add(i);
                Walk(drawn, probability * w[i] / remaining);
                drawn.RemoveAt(drawn.Count - 1);
            }
        }
        Walk([], 1.0);
        return pi;
    }

    /// <summary>
    /// Exact LRU hit rate under the independent reference model with one request at a time (King 1971): the
    /// stationary probability of the cache holding (i1 … iK) in recency order is Π_j p_ij / (1 − Σ_{l&lt;j} p_il);
    /// a request hits when it names one of them. Enumerates every ordered K-tuple.
    /// </summary>
    public static double KingLruHitRate(double[] p, int capacity)
    {
        var n = p.Length;
        double total = 0;
        void Walk(List<int> state, double probability, double mass)
        {
            if (state.Count == capacity)
            {
                total += probability * mass;
                return;
            }
            for (var i = 0; i < n; i++)
            {
                if (state.Contains(i)) continue;
                state.Add(i);
                Walk(state, probability * p[i] / (1 - mass), mass + p[i]);
                state.RemoveAt(state.Count - 1);
            }
        }
        Walk([], 1.0, 0.0);
        return total;
    }

    /// <summary>Binomial coefficient as a double, by the multiplicative formula.</summary>
    public static double Choose(int n, int r)
    {
        if (r < 0 || r > n) return 0;
        double result = 1;
        for (var i = 1; i <= r; i++) result = result * (n - r + i) / i;
        return result;
    }

    /// <summary>Every r-subset of {0 … n−1}.</summary>
    public static IEnumerable<int[]> Subsets(int n, int r)
    {
        var index = Enumerable.Range(0, r).ToArray();
        if (r == 0) { yield return []; yield break; }
        while (true)
        {
            yield return (int[])index.Clone();
            var i = r - 1;
            while (i >= 0 && index[i] == n - r + i) i--;
            if (i < 0) yield break;
            index[i]++;
            for (var j = i + 1; j < r; j++) index[j] = index[j - 1] + 1;
        }
    }

    /// <summary>A machine with round numbers, so expected times can be worked out by hand.</summary>
    public static HardwareProfile RoundMachine(double busLatencySeconds = 0, double launchSeconds = 0) => new HardwareProfile
    {
        Name = "round",
        Description = "test machine",
        FastTierCapacityBytes = 1L << 40,
        FastTierBandwidthBytesPerSecond = 1e12,
        BusBandwidthBytesPerSecond = 1e10,
        BusLatencySeconds = busLatencySeconds,
        AcceleratorFlopsPerSecond = 1e14,
        AcceleratorDtype = "bf16",
        CpuFlopsPerSecond = 1e12,
        CpuMemoryBandwidthBytesPerSecond = 1e11,
        LinkBandwidthBytesPerSecond = 1e10,
        LinkLatencySeconds = 0,
        KernelLaunchLatencySeconds = launchSeconds,
    }.Validate();

    /// <summary>Per layer, the chosen experts of each decoded token in decode order (sequences in file order).</summary>
    public static List<int[]>[] ReadTracePerLayer(string path, int layers)
    {
        var records = new List<(int Sequence, int Layer, int Token, int[] Experts)>();
        var sequenceIds = new Dictionary<(string, int), int>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var key = (root.GetProperty("dataset").GetString()!, root.GetProperty("problem_id").GetInt32());
            if (!sequenceIds.TryGetValue(key, out var seq)) sequenceIds[key] = seq = sequenceIds.Count;
            records.Add((seq, root.GetProperty("layer").GetInt32(), root.GetProperty("token_idx").GetInt32(),
                [.. root.GetProperty("experts").EnumerateArray().Select(e => e.GetInt32())]));
        }
        var perLayer = Enumerable.Range(0, layers).Select(_ => new List<int[]>()).ToArray();
        foreach (var r in records.OrderBy(r => r.Sequence).ThenBy(r => r.Token))
            perLayer[r.Layer].Add(r.Experts);
        return perLayer;
    }
}

/// <summary>The textbook LRU: a recency list, most recent first. A reference, deliberately naive.</summary>
internal sealed class LruReference(int capacity)
{
    private readonly LinkedList<int> _recency = new();

    public long Hits { get; private set; }
    public long Misses { get; private set; }

    public bool Request(int item)
    {
        var node = _recency.Find(item);
        if (node is not null)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
            Hits++;
            return true;
        }
        Misses++;
        if (capacity == 0) return false;
        if (_recency.Count == capacity) _recency.RemoveLast();
        _recency.AddFirst(item);
        return false;
    }

    /// <summary>
    /// One token's k distinct experts as a batch: every expert already cached is a hit and is refreshed
    /// first, then the misses are inserted (evicting the least recent experts, never one this token uses
    /// unless the cache is smaller than k).
    /// </summary>
    public void RequestToken(int[] experts)
    {
        var missing = new List<int>();
        foreach (var e in experts)
        {
            var node = _recency.Find(e);
            if (node is null) { missing.Add(e); continue; }
            _recency.Remove(node);
            _recency.AddFirst(node);
            Hits++;
        }
        foreach (var e in missing)
        {
            Misses++;
            if (capacity == 0) continue;
            if (_recency.Count == capacity) _recency.RemoveLast();
            _recency.AddFirst(e);
        }
    }

    public double HitRate => Hits / (double)(Hits + Misses);

    /// <summary>Zeroes the counters, keeping the cache contents (ends a warm-up).</summary>
    public LruReference Reset()
    {
        Hits = 0;
        Misses = 0;
        return this;
    }
}
