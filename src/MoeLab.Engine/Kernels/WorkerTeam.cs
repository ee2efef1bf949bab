using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// The engine's parallel loop: <see cref="Environment.ProcessorCount"/> − 1 background threads, started once on first
/// use, plus the calling thread, share the indices 0..count−1 of one loop ("region") at a time. It replaces
/// <c>Parallel.For</c> in a training step's products and attention heads, which allocated closures, loop state and
/// tasks on every call (≈ 108 KB per tiny-moe step) and left thread-pool workers spinning between the step's many
/// short regions (≈ 20% of a 2-core profile).
/// <para>
/// No allocation per call: the loop body is a struct (<see cref="IIndexedWork"/>) handed to the workers as a pointer
/// to a copy on the caller's stack plus a function pointer to <see cref="Invoke{TBody}"/>; the caller does not return
/// before every worker has left the region, so the pointer never outlives the copy.
/// </para>
/// <para>
/// Indices are handed out one at a time by an atomic counter, so any thread may run any index; the call sites' indices
/// are independent and each is computed the same way whichever thread runs it, so results are bit-identical to a
/// sequential loop. How work is cut into indices stays with the call sites (e.g. <see cref="Gemm.PanelsFor"/>, a
/// function of shape only).
/// </para>
/// <para>
/// Waiting: between regions a worker spins for <see cref="SpinMicroseconds"/> and then blocks until the next region
/// wakes it; the caller, once out of indices, spins as long for the last ones and then blocks. With exactly cores − 1
/// workers a spinning worker never takes the caller's core. Each region has a new generation number, so a late worker
/// never runs a finished region's indices.
/// </para>
/// <para>
/// One region at a time: a call made while a region is open — from another thread, from a body on a worker, or from a
/// body on the caller itself (a product inside an attention head) — runs its loop inline on its own thread instead of
/// waiting for the team. That never deadlocks and never blocks a caller; the engine trains on one thread, so
/// concurrent callers (tests, a host running several sessions) just lose parallelism, not correctness.
/// </para>
/// <para>
/// Exceptions: the first exception thrown by a body is rethrown on the caller (its own type, not an
/// AggregateException) after the region has finished; indices not yet started when it was thrown are skipped.
/// </para>
/// </summary>
public static unsafe class WorkerTeam
{
    /// <summary>How long an idle thread spins for the next region (a worker) or the last indices (the caller) before it blocks.</summary>
    public const int SpinMicroseconds = 50;

    // A few pause instructions between looks: the spin stays in user space (SpinWait.SpinOnce would call sched_yield,
    // a hypervisor exit on this VM, which showed as 13% of a tiny-moe profile).
    private const int SpinIterations = 8;

    /// <summary>Background worker threads: one less than the cores, since the caller works too.</summary>
    public static int Workers { get; } = ThreadsFor(Environment.GetEnvironmentVariable(ThreadsVariable), Environment.ProcessorCount) - 1;

    /// <summary>
    /// Environment variable capping the threads a process computes on (the caller included). `moelab ladder --jobs N`
    /// gives each child its share of the cores, so N children do not each spin a worker on cores the others need.
    /// The work is cut the same way for any value, so results do not change with it.
    /// </summary>
    public const string ThreadsVariable = "MOELAB_THREADS";

    /// <summary>Threads for a <see cref="ThreadsVariable"/> value: a whole number from 1 to the cores, else all cores.</summary>
    public static int ThreadsFor(string? value, int cores) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var threads) && threads >= 1
            ? Math.Min(threads, Math.Max(1, cores))
            : Math.Max(1, cores);

    private static readonly long SpinTicks = Math.Max(1, Stopwatch.Frequency * SpinMicroseconds / 1_000_000);

    private static RegionState _region;
    private static int _owned;          // 1 while a caller runs a region on the team
    private static long _generation;    // last region's number; written by the owner only
    private static Exception? _error;   // first exception of the current region
    private static Worker[]? _workers;  // started by the first owner
    private static readonly ManualResetEventSlim Finished = new(false, spinCount: 0); // the last index of a region is done

    [ThreadStatic] private static bool _onWorker;

    /// <summary>
    /// Runs <c>body.Run(i)</c> for every i in [0, <paramref name="count"/>), each exactly once, spread over the team;
    /// returns when all are done. Allocates nothing (unless a body throws).
    /// </summary>
    public static void For<TBody>(int count, ref TBody body) where TBody : struct, IIndexedWork
    {
        if (count <= 0) return;
        if (count == 1 || Workers == 0 || _onWorker || Interlocked.CompareExchange(ref _owned, 1, 0) != 0)
        {
            for (var i = 0; i < count; i++) body.Run(i);
            return;
        }
        Exception? error;
        try
        {
            // The workers read the body through a raw pointer, so it must not move: `body` may refer into a heap object
            // the GC could relocate, a local of this frame cannot (and its references stay reported to the GC). Run
            // returns only after every worker has left the region, so the pointer is never used after this frame.
            var local = body;
            error = Run(count, Unsafe.AsPointer(ref local), &Invoke<TBody>);
        }
        finally
        {
            Volatile.Write(ref _owned, 0);
        }
        if (error is not null) ExceptionDispatchInfo.Throw(error);
    }

    private static void Invoke<TBody>(void* body, int index) where TBody : struct, IIndexedWork =>
        Unsafe.AsRef<TBody>(body).Run(index);

    /// <summary>One region on the team; the caller owns it (<see cref="_owned"/>). Returns the first exception of a body.</summary>
    private static Exception? Run(int count, void* body, delegate*<void*, int, void> invoke)
    {
        var workers = _workers ??= Start();
        ref var r = ref _region;
        r.Body = body;
        r.Invoke = invoke;
        r.Count = count;
        r.Next = 0;
        r.Done = 0;
        r.Failed = 0;
        Finished.Reset();
        // Publishes the fields above (a full fence), and orders it before reading whether a worker sleeps: a worker
        // either sees this generation before it blocks or is seen sleeping here and woken.
        Interlocked.Exchange(ref r.Current, ++_generation);
        for (var w = 0; w < workers.Length && w < count - 1; w++) workers[w].WakeIfSleeping();

        RunIndices(ref r);
        WaitForDone(ref r, count);

        // Closed: a worker that has not joined yet sees this and stays out; those inside are finishing bookkeeping.
        Interlocked.Exchange(ref r.Current, 0);
        var spinner = new SpinWait();
        while (Volatile.Read(ref r.Participants) != 0) spinner.SpinOnce(sleep1Threshold: -1);
        r.Body = null;
        r.Invoke = null;
        var error = _error;
        _error = null;
        return error;
    }

    /// <summary>Takes indices of the open region until none are left (caller and workers alike).</summary>
    private static void RunIndices(ref RegionState r)
    {
        var body = r.Body;
        var invoke = r.Invoke;
        var count = r.Count;
        while (true)
        {
            var i = Interlocked.Increment(ref r.Next) - 1;
            if (i >= count) return;
            if (Volatile.Read(ref r.Failed) == 0)
            {
                try
                {
                    invoke(body, i);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _error, e, null);
                    Volatile.Write(ref r.Failed, 1);
                }
            }
            if (Interlocked.Increment(ref r.Done) == count) Finished.Set();
        }
    }

    private static void WaitForDone(ref RegionState r, int count)
    {
        var start = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref r.Done) != count)
        {
            if (Stopwatch.GetTimestamp() - start > SpinTicks)
            {
                Finished.Wait();
                return;
            }
            Thread.SpinWait(SpinIterations);
        }
    }

    private static Worker[] Start()
    {
        var workers = new Worker[Workers];
        for (var i = 0; i < workers.Length; i++)
        {
            var worker = workers[i] = new Worker();
            new Thread(worker.Loop) { IsBackground = true, Name = $"moelab-worker-{i + 1}" }.Start();
        }
        return workers;
    }

    private sealed class Worker
    {
        private readonly SemaphoreSlim _wake = new(0);
        private int _sleeping;

        public void WakeIfSleeping()
        {
            if (Volatile.Read(ref _sleeping) == 1 && Interlocked.Exchange(ref _sleeping, 0) == 1) _wake.Release();
        }

        public void Loop()
        {
            _onWorker = true;
            long seen = 0;
            while (true)
            {
                seen = WaitForRegion(seen);
                ref var r = ref _region;
                // Joined before checking the region is still open: the owner, having closed it, waits for us to leave.
                Interlocked.Increment(ref r.Participants);
                if (Volatile.Read(ref r.Current) == seen) RunIndices(ref r);
                Interlocked.Decrement(ref r.Participants);
            }
        }

        /// <summary>The generation of an open region newer than <paramref name="seen"/>: spins, then sleeps until woken.</summary>
        private long WaitForRegion(long seen)
        {
            var start = Stopwatch.GetTimestamp();
            while (true)
            {
                var current = Volatile.Read(ref _region.Current);
                if (current != 0 && current != seen) return current;
                if (Stopwatch.GetTimestamp() - start < SpinTicks)
                {
                    Thread.SpinWait(SpinIterations);
                    continue;
                }
                // Announce the sleep (a full fence), then look once more: see Run for the other half of the handshake.
                Interlocked.Exchange(ref _sleeping, 1);
                current = Volatile.Read(ref _region.Current);
                if (current != 0 && current != seen)
                {
                    // The owner may already have cleared the flag and released us: take that release so it is not left over.
                    if (Interlocked.Exchange(ref _sleeping, 0) == 0) _wake.Wait();
                    return current;
                }
                _wake.Wait();
                start = Stopwatch.GetTimestamp();
            }
        }
    }

    /// <summary>The open region. The counters the threads update sit on cache lines of their own.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct RegionState
    {
        /// <summary>The open region's generation, 0 while none is open.</summary>
        [FieldOffset(0)] public long Current;
        [FieldOffset(8)] public void* Body;
        [FieldOffset(16)] public delegate*<void*, int, void> Invoke;
        [FieldOffset(24)] public int Count;
        /// <summary>1 once a body has thrown: the indices still handed out are skipped.</summary>
        [FieldOffset(28)] public int Failed;
        /// <summary>The next index to hand out.</summary>
        [FieldOffset(64)] public int Next;
        /// <summary>Indices finished.</summary>
        [FieldOffset(128)] public int Done;
        /// <summary>Workers inside the region.</summary>
        [FieldOffset(192)] public int Participants;
    }
}
