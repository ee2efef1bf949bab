using System.Diagnostics;
using MoeLab.Engine.Data;

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
    public static LadderPass Run(LadderPlan plan, LadderDirectory directory, LadderTrainer trainer,
        Action<LadderProgress>? onFinished = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var rows = directory.Finished.ToDictionary(r => r.Run);
        var trained = 0;
        var interrupted = false;
        foreach (var run in plan.Runs.Where(r => !rows.ContainsKey(r.Id)))
        {
            LadderRow row;
            try
            {
                cancel.ThrowIfCancellationRequested();
                row = trainer(run, cancel);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }
            directory.Append(row);
            rows[run.Id] = row;
            trained++;
            onFinished?.Invoke(new LadderProgress(run, row, rows.Count, plan.Runs.Count));
        }
        var finished = plan.Runs.Where(r => rows.ContainsKey(r.Id)).Select(r => rows[r.Id]).ToList();
        return new LadderPass(plan, directory.Path, finished, trained, interrupted, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The engine as trainer: the run's model and options on <paramref name="corpus"/>, final validation loss.</summary>
    public static LadderTrainer EngineTrainerOn(TokenCorpus corpus) => (run, cancel) =>
        LadderRow.From(run, EngineTrainer.Run(new TrainRequest(run.Config, run.Options, run.Id), corpus, cancel: cancel));
}
