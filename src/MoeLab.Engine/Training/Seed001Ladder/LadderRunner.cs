using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MoeLab.Engine.Data;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>Trains one planned run and returns its row; the engine's by default, a counting or failing one in tests.</summary>
public delegate LadderRow LadderTrainer(PlannedRun run, CancellationToken cancel);

/// <summary>A run that just finished, for progress display.</summary>
/// <param name="Finished">Runs of the design finished so far, this one included.</param>
public sealed record LadderProgress(PlannedRun Run, LadderRow Row, int Finished, int Planned);

/// <summary>What a (possibly interrupted) pass over a design did.</summary>
/// <param name="Finished">Every finished run of the design, earlier passes included, in plan order.</param>
/// <param name="TrainedNow">Runs trained by this pass.</param>
/// <param name="Interrupted">Cancelled before the design was complete; the run in progress was dropped, not recorded.</param>
public sealed record LadderPass(LadderPlan Plan, string Directory, IReadOnlyList<LadderRow> Finished, int TrainedNow, bool Interrupted, double WallSeconds)
{
    public bool Complete => Finished.Count == Plan.Runs.Count;
}

/// <summary>
/// Runs a design to completion, resumably: finished runs (rows in the directory's table) are never trained again;
/// every other run is trained and its row appended before the next starts. Cancellation stops between steps; the
/// run it interrupts is not recorded and is trained from its first step by the next pass (its runs are short).
/// </summary>
public static class LadderRunner
{
    /// <summary>
    /// Trains every run not yet in <paramref name="directory"/>'s table, <paramref name="jobs"/> at a time (each call of
    /// <paramref name="trainer"/> on its own thread; with more than one job the trainer is expected to run the work
    /// elsewhere, e.g. a child process). Rows are appended by this method alone, one at a time, as runs finish — in
    /// finishing order, which with several jobs is not plan order. Cancellation stops every trainer; the runs they
    /// were training are dropped. A trainer's failure cancels the others and is rethrown once they have stopped.
    /// </summary>
    public static LadderPass Run(LadderPlan plan, LadderDirectory directory, LadderTrainer trainer,
        Action<LadderProgress>? onFinished = null, CancellationToken cancel = default, int jobs = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var clock = Stopwatch.StartNew();
        var rows = directory.Finished.ToDictionary(r => r.Run);
        var pending = new ConcurrentQueue<PlannedRun>(plan.Runs.Where(r => !rows.ContainsKey(r.Id)));
        var trained = 0;
        var gate = new object();
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);

        void Worker()
        {
            while (!stop.IsCancellationRequested && pending.TryDequeue(out var run))
            {
                LadderRow row;
                try
                {
                    row = trainer(run, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return; // interrupted (or another run failed): this run is dropped
                }
                catch (Exception e)
                {
                    lock (gate) failure ??= e;
                    stop.Cancel();
                    return;
                }
                lock (gate)
                {
                    directory.Append(row);
                    rows[run.Id] = row;
                    trained++;
                    onFinished?.Invoke(new LadderProgress(run, row, rows.Count, plan.Runs.Count));
                }
            }
        }

        if (jobs == 1) Worker();
        else Task.WaitAll(Enumerable.Range(0, jobs).Select(_ => Task.Factory.StartNew(Worker, TaskCreationOptions.LongRunning)).ToArray());
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        var finished = plan.Runs.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id]).ToList();
        var interrupted = cancel.IsCancellationRequested && finished.Count < plan.Runs.Count;
        return new LadderPass(plan, directory.Path, finished, trained, interrupted, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The engine as trainer: the run's model and options on <paramref name="corpus"/>, final validation loss. A run's row
    /// is the same bit for bit whether it is trained here or in a child of <c>--jobs</c>: OpenBLAS is single-threaded
    /// everywhere and the engine cuts large products into panels by their shape alone (see <see cref="Gemm"/>). Before
    /// that, OpenBLAS's process-wide thread count ordered its sums, and 2 threads in one process against 1 in children
    /// moved one micro run's loss by 0.007 nats/byte after 200 steps.
    /// </summary>
    public static LadderTrainer EngineTrainerOn(TokenCorpus corpus) => (run, cancel) =>
        LadderRow.From(run, EngineTrainer.Run(new TrainRequest(run.Config, run.Options, run.Id), corpus, cancel: cancel));
}
