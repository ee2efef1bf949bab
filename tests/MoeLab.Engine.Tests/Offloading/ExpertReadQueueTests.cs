using MoeLab.Core.Validation;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Offloading;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>The read queue's ordering and slot-ownership rules, observed through a reader that records the order
/// of its reads and can hold any of them on a gate.</summary>
public sealed class ExpertReadQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Slots read in order; a read of a gated slot blocks until the test opens its gate.</summary>
    private sealed class RecordingReader(int slots) : IExpertSlotReader
    {
        private readonly object _lock = new();
        private readonly List<(int Layer, int Expert, int Slot)> _reads = [];
        private readonly Dictionary<int, ManualResetEventSlim> _gates = [];
        private readonly Dictionary<int, ManualResetEventSlim> _started = [];

        public int SlotCount => slots;
        public long TotalBytes => slots * 100L;
        public string IoMode => "in memory (test)";
        public Func<int, int, Exception?> Fail { get; set; } = (_, _) => null;

        public IReadOnlyList<(int Layer, int Expert, int Slot)> Reads
        {
            get { lock (_lock) return _reads.ToList(); }
        }

        public IReadOnlyList<int> SlotOrder => Reads.Select(r => r.Slot).ToList();

        /// <summary>The next read into <paramref name="slot"/> waits for <see cref="Open"/>.</summary>
        public void Gate(int slot)
        {
            lock (_lock)
            {
                _gates[slot] = new ManualResetEventSlim(false);
                _started[slot] = new ManualResetEventSlim(false);
            }
        }

        public void Open(int slot)
        {
            lock (_lock) _gates[slot].Set();
        }

        public void WaitStarted(int slot)
        {
            ManualResetEventSlim started;
            lock (_lock) started = _started[slot];
            Assert.True(started.Wait(Patience), $"the read of slot {slot} never started");
        }

        public ExpertReadCost Read(int layer, int expert, int slot)
        {
            ManualResetEventSlim? gate, started;
            lock (_lock)
            {
                _gates.TryGetValue(slot, out gate);
                _started.TryGetValue(slot, out started);
            }
            started?.Set();
            if (gate is not null) Assert.True(gate.Wait(Patience), $"gate of slot {slot} never opened");
            lock (_lock) _reads.Add((layer, expert, slot));
            if (Fail(layer, expert) is { } e) throw e;
            return new ExpertReadCost(100, 1, 0);
        }

        public ExpertMatrices View(int slot) => default;
    }

    private static Thread Started(Action action)
    {
        var thread = new Thread(() => action()) { IsBackground = true };
        thread.Start();
        return thread;
    }

    [Fact]
    public void DemandReads_GoBeforeQueuedPrefetches_InSubmissionOrderWithinEach()
    {
        var reader = new RecordingReader(6);
        reader.Gate(0);
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, layer: 1, expert: 0, demand: true);
        reader.WaitStarted(0); // the one worker is busy: everything below queues up behind it
        queue.Submit(1, 1, 1, demand: false);
        queue.Submit(2, 1, 2, demand: false);
        queue.Submit(3, 1, 3, demand: true);
        queue.Submit(4, 1, 4, demand: false);
        queue.Submit(5, 1, 5, demand: true);
        Assert.All(Enumerable.Range(0, 6), s => Assert.True(queue.IsPending(s)));
        reader.Open(0);
        for (var s = 0; s < 6; s++) queue.WaitReady(s);

        Assert.Equal([0, 3, 5, 1, 2, 4], reader.SlotOrder);
        Assert.Equal((1, 4, 4), reader.Reads[^1]);
        Assert.Equal((600L, 6L, 6L, 0L), (queue.Totals.Bytes, queue.Totals.Reads, queue.Totals.Jobs, queue.Totals.Cancelled));
        Assert.All(Enumerable.Range(0, 6), s => Assert.False(queue.IsPending(s)));
    }

    [Fact]
    public void Promote_MovesAQueuedPrefetchBehindEarlierDemandReads_AndIgnoresOthers()
    {
        var reader = new RecordingReader(5);
        reader.Gate(0);
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, 0, 0, demand: true);
        reader.WaitStarted(0);
        queue.Submit(1, 0, 1, demand: false);
        queue.Submit(2, 0, 2, demand: false);
        queue.Submit(3, 0, 3, demand: true);
        queue.Submit(4, 0, 4, demand: false);
        queue.Promote(4);
        queue.Promote(3); // already demand: stays where it is
        queue.Promote(0); // reading: nothing to move
        reader.Open(0);
        for (var s = 0; s < 5; s++) queue.WaitReady(s);

        Assert.Equal([0, 3, 4, 1, 2], reader.SlotOrder);
        queue.Promote(2); // idle: a no-op
        Assert.False(queue.IsPending(2));
    }

    [Fact]
    public void WaitReady_OnAQueuedPrefetch_PromotesItAheadOfOtherPrefetches()
    {
        var reader = new RecordingReader(4);
        reader.Gate(0);
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, 0, 0, demand: true);
        reader.WaitStarted(0);
        queue.Submit(1, 0, 1, demand: false);
        queue.Submit(2, 0, 2, demand: false);
        queue.Submit(3, 0, 3, demand: false);
        var waited = -1.0;
        var waiter = Started(() => waited = queue.WaitReady(3));
        // WaitReady promotes under the queue's lock before it blocks; give it the chance, then let the worker go.
        Thread.Sleep(200);
        reader.Open(0);
        Assert.True(waiter.Join(Patience));
        for (var s = 0; s < 4; s++) queue.WaitReady(s);
        Assert.Equal([0, 3, 1, 2], reader.SlotOrder);
        Assert.True(waited > 0, $"waited {waited} s");
    }

    [Fact]
    public void Supersede_WithdrawsAQueuedRead_WhichIsNeverIssued()
    {
        var reader = new RecordingReader(3);
        reader.Gate(0);
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, 0, 0, demand: true);
        reader.WaitStarted(0);
        queue.Submit(1, 0, 1, demand: false);
        queue.Submit(2, 0, 2, demand: true);
        queue.Supersede(1);
        queue.Supersede(2);
        Assert.False(queue.IsPending(1));
        Assert.False(queue.IsPending(2));
        Assert.Equal(2, queue.Totals.Cancelled);
        // The slot is free again: a new occupant's read may be queued into it at once.
        queue.Submit(1, 0, 7, demand: true);
        reader.Open(0);
        queue.WaitReady(0);
        queue.WaitReady(1);
        Assert.Equal(0, queue.WaitReady(2)); // idle: returns at once
        Assert.Equal([(0, 0, 0), (0, 7, 1)], reader.Reads);
        Assert.Equal(2, queue.Totals.Jobs);
    }

    [Fact]
    public void Supersede_DoesNotWait_AndTheNextOccupantsReadStartsOnlyAfterTheOneInFlight()
    {
        var reader = new RecordingReader(2);
        reader.Gate(1);
        using var queue = new ExpertReadQueue(reader, threads: 2);
        queue.Submit(1, 2, 5, demand: false);
        reader.WaitStarted(1);
        // The decoder hands slot 1 to another expert while the old read is still in flight: no blocking.
        var handover = Started(() => { queue.Supersede(1); queue.Submit(1, 3, 6, demand: true); });
        Assert.True(handover.Join(Patience), "Supersede/Submit blocked on a read in flight");
        Assert.True(queue.IsPending(1));
        Thread.Sleep(100);
        Assert.Empty(reader.Reads); // the second worker did not start the new read on top of the old one
        reader.Open(1);
        queue.WaitReady(1);
        Assert.Equal([(2, 5, 1), (3, 6, 1)], reader.Reads);
        Assert.Equal(0, queue.Totals.Cancelled);
        // A second queued read for one slot is a host bug, refused.
        reader.Gate(0);
        queue.Submit(0, 0, 0, demand: true);
        reader.WaitStarted(0);
        queue.Submit(0, 0, 1, demand: true);
        Assert.Throws<InvalidOperationException>(() => queue.Submit(0, 0, 2, demand: true));
        reader.Open(0);
        queue.WaitReady(0);
    }

    [Fact]
    public void InvalidInputFromTheReader_SurfacesAsInvalidInput_OnWaitReadyAndEverySubmitAfter()
    {
        var reader = new RecordingReader(3) { Fail = (layer, _) => layer == 3 ? new InvalidInputException("tensor is truncated", source: "model.safetensors", field: "layers.3.w1") : null };
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, 1, 0, demand: true);
        queue.WaitReady(0);
        queue.Submit(1, 3, 0, demand: true);
        var e = Assert.Throws<InvalidInputException>(() => queue.WaitReady(1));
        Assert.Equal("tensor is truncated", e.Detail);
        Assert.Equal("model.safetensors", e.Source);
        Assert.Equal("layers.3.w1", e.Field);
        // The failure is sticky: the decoder cannot go on as if the expert were there.
        Assert.Throws<InvalidInputException>(() => queue.Submit(2, 1, 1, demand: true));
        Assert.Throws<InvalidInputException>(() => queue.WaitReady(0));
        Assert.False(queue.IsPending(2));
    }

    [Fact]
    public void OtherReaderFailures_SurfaceAsIOException_WithTheCause_OnTheNextSubmit()
    {
        var cause = new UnauthorizedAccessException("device went away");
        var reader = new RecordingReader(3) { Fail = (_, expert) => expert == 4 ? cause : null };
        reader.Gate(0);
        using var queue = new ExpertReadQueue(reader, threads: 1);
        queue.Submit(0, 0, 4, demand: false);
        reader.WaitStarted(0);
        reader.Open(0);
        SpinWait.SpinUntil(() => !queue.IsPending(0), Patience);
        var e = Assert.Throws<IOException>(() => queue.Submit(1, 0, 1, demand: true));
        Assert.Same(cause, e.InnerException);
        Assert.Contains("device went away", e.Message);
        Assert.Throws<IOException>(() => queue.Supersede(0));
    }
}
