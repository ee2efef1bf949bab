using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>
/// Belady's offline optimum: evict the evictable resident whose next request is furthest away. As <c>opt</c>
/// (the default) it is the classic demand-paging MIN: every miss is inserted, so it has exactly the slots LRU
/// has and is the bound to compare online policies against. As <c>opt-bypass</c> an incoming expert needed
/// later than every evictable resident is not kept at all (used once from a staging buffer), the optimum over
/// policies that may stream an expert without caching it (static pinning) — but that staging buffer is a slot
/// the others do not get. Needs next-use indices (see <see cref="NextUse"/>) and refuses to run without them.
/// </summary>
public sealed class BeladyPolicy : IExpertCachePolicy
{
    private readonly long[] _nextUse;
    private readonly ResidentSet _residents;
    private readonly bool _bypass;
    private int _chosenVictim = IExpertCachePolicy.NoVictim;

    public BeladyPolicy(int keyCount, bool bypass = false)
    {
        _nextUse = new long[keyCount];
        _residents = new ResidentSet(keyCount);
        _bypass = bypass;
    }

    public string Name => _bypass ? "opt-bypass" : "opt";
    public int Count => _residents.Count;

    public bool Find(in ExpertRequest request, bool peek)
    {
        if (!_residents.Contains(request.Key)) return false;
        if (!peek) _nextUse[request.Key] = Require(request);
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction, ProtectedKeys protectedKeys)
    {
        if (!_bypass || !needsEviction) return true;
        var next = Require(request);
        var victim = ScanForVictim(protectedKeys);
        if (victim == IExpertCachePolicy.NoVictim || next >= _nextUse[victim]) return false;
        // The cache asks for this same victim next; remember it rather than scan the residents twice.
        _chosenVictim = victim;
        return true;
    }

    public void Insert(in ExpertRequest request)
    {
        _chosenVictim = IExpertCachePolicy.NoVictim;
        _nextUse[request.Key] = Require(request);
        _residents.Add(request.Key);
    }

    public int ChooseVictim(ProtectedKeys protectedKeys)
    {
        var victim = _chosenVictim;
        _chosenVictim = IExpertCachePolicy.NoVictim;
        return victim != IExpertCachePolicy.NoVictim ? victim : ScanForVictim(protectedKeys);
    }

    private int ScanForVictim(ProtectedKeys protectedKeys)
    {
        var best = IExpertCachePolicy.NoVictim;
        var bestNext = long.MinValue;
        foreach (var key in _residents.Keys)
        {
            var n = _nextUse[key];
            if (n > bestNext && !protectedKeys.Contains(key)) { best = key; bestNext = n; }
        }
        return best;
    }

    public void Evict(int key) => Remove(key);

    public void Remove(int key)
    {
        _chosenVictim = IExpertCachePolicy.NoVictim;
        _residents.Remove(key);
    }

    private static long Require(in ExpertRequest request) =>
        request.NextUse >= 0
            ? request.NextUse
            : throw new InvalidInputException("policy 'opt' (Belady) needs next-use data: replay an in-memory trace (next uses are precomputed from it), not a streamed one", field: "policy");
}
