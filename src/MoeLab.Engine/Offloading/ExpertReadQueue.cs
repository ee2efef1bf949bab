using System.Diagnostics;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// Background I/O for the expert cache: a few worker threads read experts into their slots while the decoder
/// computes. Demand reads always go before queued prefetches (a demand miss pre-empts prefetches that have not
/// started; one already reading is let finish — a pread cannot be recalled). A slot handed to a new occupant
/// (<see cref="Supersede"/>) loses its queued read at once; a read still in flight into it is let finish, and the
/// new occupant's read starts only after it, so a read never lands on top of another and the decoder never blocks
/// on a handover — only on the data it is about to use (<see cref="WaitReady"/>).
/// All state is guarded by one lock: the queue holds a handful of entries, so contention is not the cost here.
/// </summary>
public sealed class ExpertReadQueue : IDisposable
{
    private sealed record Job(int Slot, int Layer, int Expert);

    private readonly IExpertSlotReader _reader;
    private readonly object _gate = new();
    private readonly LinkedList<Job> _demand = new();
    private readonly LinkedList<Job> _prefetch = new();
    private readonly LinkedListNode<Job>?[] _queued;
    private readonly bool[] _reading;
    private readonly Thread[] _workers;
    private bool _stopping;
    private Exception? _failure;
    private long _bytes, _reads, _jobs, _cancelled;
    private double _readSeconds;

    public ExpertReadQueue(IExpertSlotReader reader, int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        _reader = reader;
        _queued = new LinkedListNode<Job>?[reader.SlotCount];
        _reading = new bool[reader.SlotCount];
        _workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"moelab-expert-io-{i}" };
            _workers[i].Start();
        }
    }

    public int Threads => _workers.Length;

    /// <summary>Totals so far: bytes read, read calls issued, expert reads completed, queued reads withdrawn, seconds inside reads (summed over threads).</summary>
    public (long Bytes, long Reads, long Jobs, long Cancelled, double ReadSeconds) Totals
    {
        get { lock (_gate) return (_bytes, _reads, _jobs, _cancelled, _readSeconds); }
    }

    /// <summary>Queues a read of (layer, expert) into <paramref name="slot"/>, after any read in flight into it. A slot
    /// holds one queued read at most: hand it over with <see cref="Supersede"/> first.</summary>
    public void Submit(int slot, int layer, int expert, bool demand)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            if (_queued[slot] is not null) throw new InvalidOperationException($"slot {slot} already has a read queued");
            var list = demand ? _demand : _prefetch;
            _queued[slot] = list.AddLast(new Job(slot, layer, expert));
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>A queued prefetch that is now demanded moves to the demand queue (behind earlier demand reads).</summary>
    public void Promote(int slot)
    {
        lock (_gate)
        {
            if (_queued[slot] is not { } node || node.List == _demand) return;
            _prefetch.Remove(node);
            _demand.AddLast(node);
        }
    }

    /// <summary>The slot gets a new occupant: its queued read, if any, is withdrawn (never issued). Does not wait.</summary>
    public void Supersede(int slot)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            if (_queued[slot] is not { } node) return;
            node.List!.Remove(node);
            _queued[slot] = null;
            _cancelled++;
        }
    }

    /// <summary>Blocks until the slot's data is in place; returns the seconds spent waiting (the decoder's I/O stall).</summary>
    public double WaitReady(int slot)
    {
        lock (_gate)
        {
            if (!Pending(slot)) { ThrowIfFailed(); return 0; }
            var start = Stopwatch.GetTimestamp();
            Promote(slot);
            while (Pending(slot) && _failure is null) Monitor.Wait(_gate);
            ThrowIfFailed();
            return Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }

    /// <summary>True while a read into the slot is queued or in flight.</summary>
    public bool IsPending(int slot)
    {
        lock (_gate) return Pending(slot);
    }

    private bool Pending(int slot) => _queued[slot] is not null || _reading[slot];

    private void Work()
    {
        while (true)
        {
            Job job;
            lock (_gate)
            {
                LinkedListNode<Job>? next;
                while ((next = NextRunnable()) is null && !_stopping) Monitor.Wait(_gate);
                if (_stopping) return;
                job = next!.Value;
                next.List!.Remove(next);
                _queued[job.Slot] = null;
                _reading[job.Slot] = true;
            }
            ExpertReadCost cost = default;
            Exception? failure = null;
            try { cost = _reader.Read(job.Layer, job.Expert, job.Slot); }
            catch (Exception e) { failure = e; }
            lock (_gate)
            {
                _reading[job.Slot] = false;
                _failure ??= failure;
                _bytes += cost.Bytes;
                _reads += cost.Reads;
                _readSeconds += cost.Seconds;
                _jobs++;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>The first demand read, else the first prefetch, whose slot has no read in flight.</summary>
    private LinkedListNode<Job>? NextRunnable()
    {
        for (var n = _demand.First; n is not null; n = n.Next)
            if (!_reading[n.Value.Slot]) return n;
        for (var n = _prefetch.First; n is not null; n = n.Next)
            if (!_reading[n.Value.Slot]) return n;
        return null;
    }

    private void ThrowIfFailed()
    {
        // A read error (a truncated file, a device error) surfaces on the decoder's thread, where it can be reported.
        switch (_failure)
        {
            case null: return;
            case Core.Validation.InvalidInputException bad: throw new Core.Validation.InvalidInputException(bad.Detail, bad.Source, bad.Field, bad.Row);
            case var e: throw new IOException($"reading an expert failed: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var w in _workers) w.Join();
    }
}
