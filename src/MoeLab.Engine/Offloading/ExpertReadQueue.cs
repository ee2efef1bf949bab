using System.Diagnostics;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// Background I/O for the expert cache: a few worker threads read experts into their slots while the decoder
/// computes. Demand reads always go before queued prefetches (a demand miss pre-empts prefetches that have not
/// started; one already reading is let finish — a pread cannot be recalled). A slot is reused only after its
/// last read has completed or been withdrawn, so a read never lands in memory the decoder is using.
/// All state is guarded by one lock: the queue holds a handful of entries, so contention is not the cost here.
/// </summary>
public sealed class ExpertReadQueue : IDisposable
{
    private enum SlotState : byte { Idle, Queued, Reading }

    private sealed record Job(int Slot, int Layer, int Expert);

    private readonly IExpertSlotReader _reader;
    private readonly object _gate = new();
    private readonly LinkedList<Job> _demand = new();
    private readonly LinkedList<Job> _prefetch = new();
    private readonly LinkedListNode<Job>?[] _queued;
    private readonly SlotState[] _state;
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
        _state = new SlotState[reader.SlotCount];
        _workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"moelab-expert-io-{i}" };
            _workers[i].Start();
        }
    }

    public int Threads => _workers.Length;

    /// <summary>Totals so far: bytes read, read calls issued, expert reads completed, queued prefetches withdrawn, seconds inside reads (summed over threads).</summary>
    public (long Bytes, long Reads, long Jobs, long Cancelled, double ReadSeconds) Totals
    {
        get { lock (_gate) return (_bytes, _reads, _jobs, _cancelled, _readSeconds); }
    }

    /// <summary>Queues a read of (layer, expert) into <paramref name="slot"/>. The slot must be free (see <see cref="Release"/>).</summary>
    public void Submit(int slot, int layer, int expert, bool demand)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            if (_state[slot] != SlotState.Idle) throw new InvalidOperationException($"slot {slot} still has a read outstanding");
            var list = demand ? _demand : _prefetch;
            _queued[slot] = list.AddLast(new Job(slot, layer, expert));
            _state[slot] = SlotState.Queued;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>A queued prefetch that is now demanded moves to the demand queue (behind earlier demand reads).</summary>
    public void Promote(int slot)
    {
        lock (_gate)
        {
            if (_state[slot] != SlotState.Queued) return;
            var node = _queued[slot]!;
            if (node.List == _demand) return;
            _prefetch.Remove(node);
            _demand.AddLast(node);
        }
    }

    /// <summary>Makes a slot free for a new occupant: withdraws its queued read, or waits for the one in progress.</summary>
    public void Release(int slot)
    {
        lock (_gate)
        {
            if (_state[slot] == SlotState.Queued)
            {
                var node = _queued[slot]!;
                node.List!.Remove(node);
                _queued[slot] = null;
                _state[slot] = SlotState.Idle;
                _cancelled++;
                return;
            }
            while (_state[slot] == SlotState.Reading) Monitor.Wait(_gate);
            ThrowIfFailed();
        }
    }

    /// <summary>Blocks until the slot's data is in place; returns the seconds spent waiting (the decoder's I/O stall).</summary>
    public double WaitReady(int slot)
    {
        lock (_gate)
        {
            if (_state[slot] == SlotState.Idle) { ThrowIfFailed(); return 0; }
            var start = Stopwatch.GetTimestamp();
            if (_state[slot] == SlotState.Queued) Promote(slot);
            while (_state[slot] != SlotState.Idle) Monitor.Wait(_gate);
            ThrowIfFailed();
            return Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }

    public bool IsPending(int slot)
    {
        lock (_gate) return _state[slot] != SlotState.Idle;
    }

    private void Work()
    {
        while (true)
        {
            Job job;
            lock (_gate)
            {
                while (!_stopping && _demand.Count == 0 && _prefetch.Count == 0) Monitor.Wait(_gate);
                if (_stopping) return;
                var list = _demand.Count > 0 ? _demand : _prefetch;
                job = list.First!.Value;
                list.RemoveFirst();
                _queued[job.Slot] = null;
                _state[job.Slot] = SlotState.Reading;
            }
            ExpertReadCost cost = default;
            Exception? failure = null;
            try { cost = _reader.Read(job.Layer, job.Expert, job.Slot); }
            catch (Exception e) { failure = e; }
            lock (_gate)
            {
                _state[job.Slot] = SlotState.Idle;
                _failure ??= failure;
                _bytes += cost.Bytes;
                _reads += cost.Reads;
                _readSeconds += cost.Seconds;
                _jobs++;
                Monitor.PulseAll(_gate);
            }
        }
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
