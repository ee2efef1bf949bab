using System.Diagnostics;
using MoeLab.Engine.Inference;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Prefetching;
using MoeLab.Offload.Simulation;

namespace MoeLab.Engine.Offloading;

/// <summary>Predicts a layer's experts from the residual stream of an earlier layer (the next layer's router applied
/// to the current hidden state, as Eliseev &amp; Mazur and ProMoE do).</summary>
public delegate void RouterPrediction(int layer, ReadOnlySpan<float> hidden, Span<int> experts);

/// <summary>
/// Routed experts served from slow storage through a fixed budget of fast-memory slots: the disk-backed twin of the
/// simulator. The same <see cref="ExpertCache"/> (and so the same policy objects and step-atomic semantics) decides
/// hits, victims and slots; misses become real reads into the victim's slot on background I/O threads; a prefetcher
/// (the simulator's own, reading the trace, or the next layer's router) queues reads behind the demand ones.
/// Used from the decoder's thread only; the I/O threads touch nothing but the slots they were given.
/// </summary>
public sealed class OffloadedExpertSource : IExpertSource, IDisposable
{
    private readonly ExpertCache _cache;
    private readonly IExpertSlotReader _reader;
    private readonly ExpertReadQueue _queue;
    private readonly RequestStream? _stream;
    private readonly IExpertPrefetcher? _prefetcher;
    private readonly PrefetchContext? _context;
    private readonly RouterPrediction? _router;
    private readonly int _layers, _firstMoeLayer, _stagingSlot;
    private readonly AccessOutcome[] _outcomes;
    private readonly long[] _nextUses;
    private readonly List<int> _proposals = [];
    private readonly int[] _predicted;
    private readonly int[] _stepExperts, _stepSlots;
    private readonly bool _offline;
    private int _stepLayer = -1, _stepCount, _stagingUsed;
    private long _bypassedReads;

    /// <param name="stream">The routing being replayed (batch 1), when known: offline policies and trace-reading
    /// prefetchers need it, and <see cref="Token"/> indexes it.</param>
    /// <param name="prefetcher">A simulator prefetcher (reads <paramref name="stream"/>), or null.</param>
    /// <param name="router">Next-layer router prediction, or null. At most one of the two prefetchers.</param>
    /// <param name="reader">Slots for the cache (<see cref="ExpertCache.SlotCount"/>) plus top-k staging slots.</param>
    /// <param name="firstMoeLayer">Decoder index of the first MoE layer: the cache and the trace count MoE layers only.</param>
    /// <param name="offlinePolicy">The cache's policy needs next-use indices (Belady), taken from <paramref name="stream"/>.</param>
    public OffloadedExpertSource(ExpertCache cache, IExpertSlotReader reader, int ioThreads, int firstMoeLayer = 0,
        RequestStream? stream = null, IExpertPrefetcher? prefetcher = null, RouterPrediction? router = null, bool offlinePolicy = false, int seed = 0)
    {
        if (offlinePolicy && stream is null) throw new ArgumentException("an offline policy needs the replayed stream");
        _offline = offlinePolicy;
        if (prefetcher is not null && router is not null) throw new ArgumentException("pick one prefetcher");
        _cache = cache;
        _reader = reader;
        _stream = stream;
        _prefetcher = prefetcher is NoPrefetcher ? null : prefetcher;
        _router = router;
        if (_prefetcher is not null)
            _context = new PrefetchContext(stream ?? throw new ArgumentException("a trace prefetcher needs the replayed stream"), new Random(seed));
        var k = cache.Shape.TopK;
        _layers = cache.Shape.Layers;
        // One staging slot per top-k choice beyond the cache, for misses the policy declines to keep (opt-bypass).
        _stagingSlot = cache.SlotCount;
        _firstMoeLayer = firstMoeLayer;
        if (reader.SlotCount < cache.SlotCount + k)
            throw new ArgumentException($"the reader has {reader.SlotCount} slots; the cache needs {cache.SlotCount} + {k} staging");
        _queue = new ExpertReadQueue(reader, ioThreads);
        _outcomes = new AccessOutcome[k];
        _nextUses = new long[k];
        _predicted = new int[k];
        _stepExperts = new int[k];
        _stepSlots = new int[k];

    }

    /// <summary>The trace token being decoded (the replay driver sets it before each decoder step).</summary>
    public int Token { get; set; }

    /// <summary>Fast memory held for experts: the cache's slots plus the staging slots, in bytes.</summary>
    public long BudgetBytes => _reader.TotalBytes;

    public ExpertCache Cache => _cache;

    /// <summary>How the reader reaches the device (e.g. O_DIRECT), for reports.</summary>
    public string IoMode => _reader.IoMode;
    public ExpertReadQueue Reads => _queue;

    /// <summary>Seconds the decoder spent blocked on expert reads.</summary>
    public double StallSeconds { get; private set; }

    /// <summary>Misses read into a staging slot and not kept (a bypassing policy's choice).</summary>
    public long BypassedReads => _bypassedReads;

    public void Prepare(int decoderLayer, ReadOnlySpan<int> experts, ReadOnlySpan<float> hidden)
    {
        var layer = decoderLayer - _firstMoeLayer;
        var k = experts.Length;
        var nextUses = ReadOnlySpan<long>.Empty;
        if (_offline)
        {
            var first = _stream!.FirstRequestAt(Token, layer);
            var all = _stream.NextUse;
            for (var i = 0; i < k; i++) _nextUses[i] = all[first + i];
            nextUses = _nextUses.AsSpan(0, k);
        }
        var outcomes = _outcomes.AsSpan(0, k);
        _cache.AccessStep(layer, experts, nextUses, outcomes);
        _stepLayer = decoderLayer;
        _stepCount = k;
        _stagingUsed = 0;
        var stallStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < k; i++)
        {
            var e = experts[i];
            _stepExperts[i] = e;
            int slot;
            switch (outcomes[i])
            {
                case AccessOutcome.Hit:
                    slot = _cache.SlotOf(layer, e);
                    _queue.Promote(slot); // a prefetch still queued is demanded now
                    break;
                case AccessOutcome.MissInserted:
                    slot = _cache.SlotOf(layer, e);
                    _queue.Supersede(slot); // the victim's queued read is withdrawn; one in flight finishes before this one starts
                    _queue.Submit(slot, decoderLayer, e, demand: true);
                    break;
                default:
                    slot = _stagingSlot + _stagingUsed++;
                    _queue.Supersede(slot);
                    _queue.Submit(slot, decoderLayer, e, demand: true);
                    _bypassedReads++;
                    break;
            }
            _stepSlots[i] = slot;
        }
        StallSeconds += Stopwatch.GetElapsedTime(stallStart).TotalSeconds;
        Prefetch(layer, hidden);
    }

    private void Prefetch(int layer, ReadOnlySpan<float> hidden)
    {
        var lastLayer = layer == _layers - 1;
        if (_prefetcher is not null && _context is not null)
        {
            if (lastLayer && Token == _stream!.StepCount - 1) return;
            _context.SetPosition(Token, layer);
            _proposals.Clear();
            _prefetcher.Propose(_context, _proposals);
            var targetLayer = lastLayer ? 0 : layer + 1;
            foreach (var e in _proposals) PrefetchOne(targetLayer, e);
        }
        else if (_router is not null && !lastLayer)
        {
            var predicted = _predicted.AsSpan(0, _stepCount);
            _router(layer + 1 + _firstMoeLayer, hidden, predicted);
            foreach (var e in predicted) PrefetchOne(layer + 1, e);
        }
    }

    private void PrefetchOne(int layer, int expert)
    {
        if (!_cache.Prefetch(layer, expert)) return;
        var slot = _cache.SlotOf(layer, expert);
        _queue.Supersede(slot);
        _queue.Submit(slot, layer + _firstMoeLayer, expert, demand: false);
    }

    /// <summary>Experts already in memory first, then the rest in the order their reads were queued (their arrival
    /// order with one I/O thread): what the simulator assumes, "experts run in order of arrival".</summary>
    public void ComputeOrder(int layer, ReadOnlySpan<int> experts, Span<int> order)
    {
        // One snapshot: a read may complete between two looks, and every expert must be ordered exactly once.
        Span<bool> pending = stackalloc bool[_stepCount];
        for (var i = 0; i < _stepCount; i++) pending[i] = _queue.IsPending(_stepSlots[i]);
        var n = 0;
        for (var i = 0; i < _stepCount; i++)
            if (!pending[i]) order[n++] = i;
        for (var i = 0; i < _stepCount; i++)
            if (pending[i]) order[n++] = i;
    }

    public ExpertMatrices Get(int layer, int expert)
    {
        if (layer != _stepLayer) throw new InvalidOperationException($"expert of layer {layer} requested while layer {_stepLayer} is prepared");
        var i = Array.IndexOf(_stepExperts, expert, 0, _stepCount);
        if (i < 0) throw new InvalidOperationException($"expert {expert} of layer {layer} was not prepared");
        var slot = _stepSlots[i];
        StallSeconds += _queue.WaitReady(slot);
        return _reader.View(slot);
    }

    public void Dispose()
    {
        _queue.Dispose();
    }
}
