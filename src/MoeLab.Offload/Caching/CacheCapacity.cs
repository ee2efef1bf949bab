using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>Whether each layer owns its own slice of fast memory or all layers share one pool.</summary>
public enum CacheScope { PerLayer, Global }

/// <summary>
/// How much fast memory holds experts: <see cref="Experts"/> expert slots or <see cref="Bytes"/>, per layer or
/// in one global pool. Exactly one of the two amounts is set.
/// </summary>
public sealed record CacheCapacity
{
    private CacheCapacity(CacheScope scope, int? experts, long? bytes)
    {
        Scope = scope;
        Experts = experts;
        Bytes = bytes;
    }

    public CacheScope Scope { get; }
    public int? Experts { get; }
    public long? Bytes { get; }

    public static CacheCapacity InExperts(int experts, CacheScope scope = CacheScope.PerLayer) =>
        new(scope, Preconditions.NonNegative(experts, "cache experts"), null);

    public static CacheCapacity InBytes(long bytes, CacheScope scope = CacheScope.Global) =>
        new(scope, null, Preconditions.NonNegative(bytes, "cache bytes"));

    /// <summary>Bytes available to one partition (one layer, or the whole pool).</summary>
    public long PartitionBytes(long expertBytes) => Bytes ?? checked(Experts!.Value * expertBytes);

    /// <summary>Whole experts that fit in one partition.</summary>
    public int PartitionExperts(long expertBytes) => Experts ?? (int)Math.Min(int.MaxValue, Bytes!.Value / expertBytes);

    /// <summary>Refuses a cache whose partitions cannot hold one step: a runtime loads a token's whole top-k set
    /// for a layer before running it (step-atomic semantics), so each partition needs at least k slots.</summary>
    /// <exception cref="InvalidInputException">Naming --cache-experts or --cache-bytes.</exception>
    public void RequireHoldsStep(int topK, long expertBytes)
    {
        var slots = PartitionExperts(expertBytes);
        if (slots >= topK) return;
        throw new InvalidInputException(
            $"the cache holds {slots} expert(s) {(Scope == CacheScope.PerLayer ? "per layer" : "in its global pool")}, fewer than the {topK} experts one token needs at a layer: " +
            $"a runtime loads a token's whole top-{topK} set before running it, so give at least {topK}",
            field: Experts is null ? "--cache-bytes" : "--cache-experts");
    }

    public override string ToString() =>
        (Experts is { } e ? $"{e} experts" : $"{Bytes} bytes") + (Scope == CacheScope.PerLayer ? " per layer" : " global");
}
