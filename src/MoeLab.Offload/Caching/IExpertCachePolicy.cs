namespace MoeLab.Offload.Caching;

/// <summary>
/// An eviction policy reduced to libCacheSim's primitives. The request loop (<see cref="ExpertCache"/>) is
/// written once: find; on a miss ask whether to admit, evict chosen victims until the expert fits, insert.
/// A policy keeps only its bookkeeping and sees expert keys and sizes — never time or bytes moved.
/// Victims are always chosen among keys that are not protected: the experts of the step being served stay
/// resident until the step ends (see <see cref="ProtectedKeys"/>).
/// </summary>
public interface IExpertCachePolicy
{
    /// <summary>What <see cref="ChooseVictim"/> returns when every resident is protected.</summary>
    const int NoVictim = -1;

    /// <summary>Display name with parameter values, e.g. <c>lfu(decay=0.9)</c>, so every result row says what ran.</summary>
    string Name { get; }

    /// <summary>Experts currently resident.</summary>
    int Count { get; }

    /// <summary>True when the expert is resident. Unless <paramref name="peek"/>, a hit updates the policy's
    /// recency/frequency state and a miss may update its history (e.g. ARC's ghost lists).</summary>
    bool Find(in ExpertRequest request, bool peek);

    /// <summary>Whether a missing expert should be kept at all (false: it is used once from a staging buffer).
    /// <paramref name="needsEviction"/> says whether keeping it would evict something, and only keys outside
    /// <paramref name="protectedKeys"/> could be evicted.</summary>
    bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys);

    void Insert(in ExpertRequest request);

    /// <summary>The resident expert to evict next among those not in <paramref name="protectedKeys"/>, or
    /// <see cref="NoVictim"/> when every resident is protected.</summary>
    int ChooseVictim(ProtectedKeys protectedKeys);

    /// <summary>Evicts a resident expert to make room (a policy may remember it, as ARC's ghosts do).</summary>
    void Evict(int key);

    /// <summary><see cref="ChooseVictim"/> then <see cref="Evict"/>, returning the victim (or <see cref="NoVictim"/>,
    /// evicting nothing): one call on the miss path instead of two. A policy may override it to share the lookup.</summary>
    int EvictVictim(ProtectedKeys protectedKeys)
    {
        var victim = ChooseVictim(protectedKeys);
        if (victim != NoVictim) Evict(victim);
        return victim;
    }

    /// <summary>Forgets a resident expert entirely (invalidation), with no history kept.</summary>
    void Remove(int key);
}
