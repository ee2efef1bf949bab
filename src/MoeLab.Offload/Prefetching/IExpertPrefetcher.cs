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
    public int Step { get; private set; }
    public int Layer { get; private set; }
    public int TargetStep { get; private set; }
    public int TargetLayer { get; private set; }

    /// <summary>Moves to the router of (step, layer); the target is the next layer, or layer 0 of the next step.
    /// Written once here so the simulator and the disk-backed runtime prefetch exactly the same experts.</summary>
    public void SetPosition(int step, int layer)
    {
        Step = step;
        Layer = layer;
        (TargetStep, TargetLayer) = layer + 1 < Stream.Shape.Layers ? (step, layer + 1) : (step + 1, 0);
    }
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
