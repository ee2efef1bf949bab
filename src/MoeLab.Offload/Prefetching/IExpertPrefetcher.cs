using MoeLab.Offload.Simulation;

namespace MoeLab.Offload.Prefetching;

/// <summary>
/// What a prefetcher may look at when the router of (step, layer) has run: the request stream (oracles may
/// read ahead; honest prefetchers only read steps before <see cref="TargetStep"/> or layers up to <see cref="Layer"/>),
/// the position, and a seeded random source.
/// </summary>
public sealed class PrefetchContext(RequestStream stream, Random random)
{
    public RequestStream Stream { get; } = stream;
    public Random Random { get; } = random;
    public int Step { get; internal set; }
    public int Layer { get; internal set; }
    public int TargetStep { get; internal set; }
    public int TargetLayer { get; internal set; }
}

/// <summary>
/// Proposes experts of the next layer to fetch ahead of demand. Plugs in beside eviction: a prefetcher never
/// evicts; the cache's policy decides what makes room.
/// </summary>
public interface IExpertPrefetcher
{
    /// <summary>Display name with parameters, e.g. <c>speculative(accuracy=0.8)</c>.</summary>
    string Name { get; }

    /// <summary>Adds expert ids of (TargetStep, TargetLayer) to <paramref name="experts"/>.</summary>
    void Propose(PrefetchContext context, List<int> experts);
}
