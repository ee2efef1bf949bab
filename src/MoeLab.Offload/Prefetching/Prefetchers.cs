using System.Globalization;
using MoeLab.Core.Validation;
using MoeLab.Offload.Caching;

namespace MoeLab.Offload.Prefetching;

/// <summary>No prefetching: every miss is served on demand.</summary>
public sealed class NoPrefetcher : IExpertPrefetcher
{
    public string Name => "none";
    public void Propose(PrefetchContext context, List<int> experts) { }
}

/// <summary>An upper bound: reads the next layer's true routing from the trace.</summary>
public sealed class OracleNextLayerPrefetcher : IExpertPrefetcher
{
    public string Name => "oracle";

    public void Propose(PrefetchContext context, List<int> experts)
    {
        foreach (var e in context.Stream.ExpertsAt(context.TargetStep, context.TargetLayer)) experts.Add(e);
    }
}

/// <summary>
/// A learned next-layer predictor with a given accuracy: each true expert of the next layer is predicted with
/// probability <c>accuracy</c>, otherwise a uniformly random wrong expert is fetched in its place (seeded).
/// </summary>
public sealed class SpeculativePrefetcher(double accuracy) : IExpertPrefetcher
{
    public string Name => FormattableString.Invariant($"speculative(accuracy={accuracy})");

    public void Propose(PrefetchContext context, List<int> experts)
    {
        var truth = context.Stream.ExpertsAt(context.TargetStep, context.TargetLayer);
        var e = context.Stream.Shape.ExpertsPerLayer;
        var start = experts.Count;
        foreach (var x in truth)
        {
            if (context.Random.NextDouble() < accuracy) { experts.Add(x); continue; }
            // A wrong guess: uniform over experts neither needed nor already guessed (none left: no guess).
            var free = 0;
            for (var y = 0; y < e; y++) if (!truth.Contains(y) && experts.IndexOf(y, start) < 0) free++;
            if (free == 0) continue;
            var pick = context.Random.Next(free);
            for (var y = 0; y < e; y++)
            {
                if (truth.Contains(y) || experts.IndexOf(y, start) >= 0) continue;
                if (pick-- == 0) { experts.Add(y); break; }
            }
        }
    }
}

/// <summary>
/// Seed 000's "stride-based prefetching", which the seed names without defining; MoeLab's reading: at the
/// target layer, take the experts of the last two steps, detect the id stride d between them (of the first
/// choice, mod E), and fetch the last step's experts shifted by d. With d = 0 this is "the same experts as last token".
/// </summary>
public sealed class StridePrefetcher : IExpertPrefetcher
{
    public string Name => "stride";

    public void Propose(PrefetchContext context, List<int> experts)
    {
        var step = context.TargetStep;
        if (step < 1) return;
        var stream = context.Stream;
        var e = stream.Shape.ExpertsPerLayer;
        var last = stream.ExpertsAt(step - 1, context.TargetLayer);
        var stride = 0;
        if (step >= 2)
        {
            var before = stream.ExpertsAt(step - 2, context.TargetLayer);
            if (before.Length > 0 && last.Length > 0) stride = ((last[0] - before[0]) % e + e) % e;
        }
        foreach (var x in last) experts.Add((x + stride) % e);
    }
}

/// <summary>Builds prefetchers from names with parameters; unknown names get the list and the nearest name.</summary>
public static class PrefetcherCatalog
{
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("none", "no prefetching"),
        ("oracle", "the next layer's true experts (upper bound)"),
        ("speculative", "a predictor right with probability accuracy (speculative(accuracy=0.8)), seeded"),
        ("stride", "seed 000's stride-based prefetching (MoeLab's reading: last token's experts shifted by their id stride)"),
    ];

    public static IExpertPrefetcher Create(string text)
    {
        var spec = CachePolicySpec.Parse(text);
        switch (spec.Name)
        {
            case "none": return new NoPrefetcher();
            case "oracle": return new OracleNextLayerPrefetcher();
            case "stride": return new StridePrefetcher();
            case "speculative":
                if (spec.Parameters.Keys.Any(k => !k.Equals("accuracy", StringComparison.OrdinalIgnoreCase)))
                    throw new InvalidInputException("prefetcher 'speculative' takes only accuracy=…", field: "prefetch");
                var accuracy = spec.Parameters.TryGetValue("accuracy", out var a)
                    ? (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new InvalidInputException($"accuracy '{a}' is not a number", field: "prefetch"))
                    : 0.8;
                return new SpeculativePrefetcher(Preconditions.InRange(accuracy, 0.0, 1.0, "prefetch accuracy"));
            default:
                throw CatalogNames.Unknown("prefetcher", spec.Name, All.Select(p => p.Name), "prefetch");
        }
    }
}
