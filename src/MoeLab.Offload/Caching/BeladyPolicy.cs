using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>
/// Belady's offline optimum: evict the resident expert whose next request is furthest away. With
/// <c>bypass</c> (default) an incoming expert needed later than every resident one is not kept at all,
/// which makes this the optimum over every policy, including ones that stream an expert without caching it
/// (static pinning); with <c>bypass=false</c> it is the classic demand-paging MIN. Needs next-use indices
/// (see <see cref="NextUse"/>) and refuses to run without them.
/// </summary>
public sealed class BeladyPolicy : IExpertCachePolicy
{
    private readonly long[] _nextUse;
    private readonly ResidentSet _residents;
    private const int NoVictim = -1;
    private readonly bool _bypass;
    private int _chosenVictim = NoVictim;

    public BeladyPolicy(int keyCount, bool bypass = true)
    {
        _nextUse = new long[keyCount];
        _residents = new ResidentSet(keyCount);
        _bypass = bypass;
    }

    public string Name => _bypass ? "opt" : "opt(bypass=false)";
    public int Count => _residents.Count;

    public bool Find(in ExpertRequest request, bool peek)
    {
        if (!_residents.Contains(request.Key)) return false;
        if (!peek) _nextUse[request.Key] = Require(request);
        return true;
    }

    public bool Admits(in ExpertRequest request, bool needsEviction)
    {
        if (!_bypass || !needsEviction) return true;
        var next = Require(request);
        var victim = ScanForVictim();
        if (next >= _nextUse[victim]) return false;
        // The cache asks for this same victim next; remember it rather than scan the residents twice.
        _chosenVictim = victim;
        return true;
    }

    public void Insert(in ExpertRequest request)
    {
        _chosenVictim = NoVictim;
        _nextUse[request.Key] = Require(request);
        _residents.Add(request.Key);
    }

    public int ChooseVictim()
    {
        var victim = _chosenVictim;
        _chosenVictim = NoVictim;
        return victim != NoVictim ? victim : ScanForVictim();
    }

    private int ScanForVictim()
    {
        var keys = _residents.Keys;
        var best = keys[0];
        var bestNext = _nextUse[best];
        for (var i = 1; i < keys.Length; i++)
        {
            var n = _nextUse[keys[i]];
            if (n > bestNext) { best = keys[i]; bestNext = n; }
        }
        return best;
    }

    public void Evict(int key) => Remove(key);

    public void Remove(int key)
    {
        _chosenVictim = NoVictim;
        _residents.Remove(key);
    }

    private static long Require(in ExpertRequest request) =>
        request.NextUse >= 0
            ? request.NextUse
            : throw new InvalidInputException("policy 'opt' (Belady) needs next-use data: replay an in-memory trace (next uses are precomputed from it), not a streamed one", field: "policy");
}
