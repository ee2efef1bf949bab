using System.Diagnostics;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Data;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;

namespace MoeLab.Engine.Training;

/// <summary>
/// What `moelab train` asks for: a fresh run (config + options), or a resume of <see cref="ResumeFrom"/> (whose own config
/// and options then apply, <see cref="Config"/> and <see cref="Options"/> being ignored; <see cref="ResumeSteps"/> may
/// extend its step count), and where its products go. <see cref="RunName"/> defaults to the shape and seed.
/// </summary>
public sealed record TrainRequest(
    EngineConfig? Config,
    TrainingOptions? Options,
    string? RunName,
    string? CheckpointOut = null,
    string? ResumeFrom = null,
    string? RunsTable = null,
    string? TracePath = null,
    int EvalEvery = 0,
    int? ResumeSteps = null)
{
    /// <summary>Also save <see cref="CheckpointOut"/> every this many steps (0: only at the end), so a killed run loses at most that many.</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>
    /// Where an interrupted run saves its state when it has no <see cref="CheckpointOut"/>: called once, at the
    /// interruption, so it can pick a name that is free then. Null: an interrupted run saves nothing.
    /// </summary>
    public Func<string>? InterruptCheckpoint { get; init; }

    /// <summary>What the command line asked for besides <see cref="ResumeFrom"/>; a checkpoint that differs is refused.</summary>
    public ResumeExpectation? Expected { get; init; }
}

/// <summary>A finished run and everything it produced.</summary>
public sealed record TrainOutcome(
    TrainingSession Session,
    EvaluationResult Final,
    IReadOnlyList<(int Step, EvaluationResult Eval)> Evaluations,
    double UnigramLoss,
    RunRow Row,
    string? CheckpointPath,
    string? TracePath,
    long TraceRecords,
    string GemmBackend,
    int ResumedAtStep,
    double WallSeconds)
{
    /// <summary>Training tokens per second over the steps this process ran.</summary>
    public double TokensPerSecond => StepsThisProcess == 0 ? 0 : StepsThisProcess * Session.Options.TokensPerStep / TrainSeconds;

    /// <summary>Counted FLOPs per second of training over the steps this process ran.</summary>
    public double FlopsPerSecond => StepsThisProcess == 0 ? 0 : Session.History.Skip(ResumedAtStep).Sum(h => h.Flops) / TrainSeconds;

    public int StepsThisProcess => Session.StepsDone - ResumedAtStep;

    private double TrainSeconds => Math.Max(1e-9, Session.History[^1].ElapsedSeconds - (ResumedAtStep > 0 ? Session.History[ResumedAtStep - 1].ElapsedSeconds : 0));
}

/// <summary>Runs a training request end to end: train, evaluate, checkpoint, trace, append the runs row.</summary>
public static class EngineTrainer
{
    /// <param name="cancel">
    /// Checked before every step: a cancelled run saves its checkpoint (if it has somewhere to save it) and throws
    /// <see cref="TrainingInterruptedException"/>; it evaluates, traces and records nothing.
    /// </param>
    /// <param name="onCheckpoint">Called after each periodic checkpoint with (steps done, path).</param>
    public static TrainOutcome Run(TrainRequest request, TokenCorpus corpus, Action<StepRecord>? onStep = null, CancellationToken cancel = default,
        Action<int, string>? onCheckpoint = null)
    {
        var clock = Stopwatch.StartNew();
        var session = request.ResumeFrom is { } resume
            ? Checkpoint.Resume(resume, corpus, request.ResumeSteps, request.Expected)
            : new TrainingSession(request.Config ?? throw new ArgumentException("a fresh run needs a config", nameof(request)),
                request.Options ?? throw new ArgumentException("a fresh run needs options", nameof(request)), corpus);
        var resumedAt = session.StepsDone;
        var evaluations = new List<(int, EvaluationResult)>();
        while (!session.Finished)
        {
            if (cancel.IsCancellationRequested) throw Interrupted(request, session, cancel);
            var record = session.Step();
            onStep?.Invoke(record);
            if (request.EvalEvery > 0 && session.StepsDone % request.EvalEvery == 0 && !session.Finished)
                evaluations.Add((session.StepsDone, session.Evaluate()));
            if (request is { CheckpointOut: { } periodic, CheckpointEvery: > 0 } && session.StepsDone % request.CheckpointEvery == 0 && !session.Finished)
            {
                Checkpoint.Save(periodic, session);
                onCheckpoint?.Invoke(session.StepsDone, periodic);
            }
        }
        var final = session.Evaluate();
        evaluations.Add((session.StepsDone, final));

        long traceRecords = 0;
        if (request.TracePath is { } tracePath && session.Config.IsMoe)
        {
            // Route the first validation batch and record every position: a trace of the trained model on held-out text.
            var o = session.Options;
            int b = o.BatchSize, t = o.SequenceLength;
            var tokens = new int[b * t];
            var targets = new int[tokens.Length];
            var starts = corpus.ValidationStarts(b, t, o.EvalBatches);
            for (var i = 0; i < b; i++)
                corpus.ValidationWindow(starts[Math.Min(i, starts.Length - 1)], tokens.AsSpan(i * t, t), targets.AsSpan(i * t, t));
            session.Model.Forward(tokens, targets, o.BatchSize, o.SequenceLength);
            var recorder = new RoutingTraceRecorder($"moelab-{corpus.Name}-validation");
            recorder.RecordBatch(session.Model, 0);
            recorder.Write(tracePath);
            traceRecords = recorder.Records;
        }

        if (request.CheckpointOut is { } checkpoint) Checkpoint.Save(checkpoint, session);
        var row = RunRow.From(request.RunName ?? $"{RunRow.Describe(session.Config)}-s{session.Options.Seed}", session.Model.Layout, session, final);
        if (request.RunsTable is { } runs) row.AppendTo(runs);
        return new TrainOutcome(session, final, evaluations, corpus.UnigramValidationLoss(), row, request.CheckpointOut,
            traceRecords > 0 ? request.TracePath : null, traceRecords, Gemm.Describe(), resumedAt, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Saves an interrupted session where the request says (never a run with no step done) and describes what was kept.</summary>
    private static TrainingInterruptedException Interrupted(TrainRequest request, TrainingSession session, CancellationToken cancel)
    {
        string? path = null, error = null;
        if (session.StepsDone > 0 && (request.CheckpointOut ?? request.InterruptCheckpoint?.Invoke()) is { } target)
        {
            try
            {
                Checkpoint.Save(target, session);
                path = target;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"{target}: {e.Message}";
            }
        }
        return new TrainingInterruptedException(session.StepsDone, session.Options.Steps, path, error, cancel);
    }
}
