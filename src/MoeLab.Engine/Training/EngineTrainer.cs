using System.Diagnostics;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Data;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;

namespace MoeLab.Engine.Training;

/// <summary>
/// What `moelab train` asks for: a fresh run (config + options), or a resume of <see cref="ResumeFrom"/> (whose own config
/// and options then apply; <see cref="ResumeSteps"/> may extend its step count), and where its products go.
/// </summary>
public sealed record TrainRequest(
    EngineConfig Config,
    TrainingOptions Options,
    string RunName,
    string? CheckpointOut = null,
    string? ResumeFrom = null,
    string? RunsTable = null,
    string? TracePath = null,
    int EvalEvery = 0,
    int? ResumeSteps = null);

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
    /// <param name="cancel">Checked before every step: a cancelled run throws <see cref="OperationCanceledException"/> and produces nothing.</param>
    public static TrainOutcome Run(TrainRequest request, TokenCorpus corpus, Action<StepRecord>? onStep = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var session = request.ResumeFrom is { } resume
            ? Checkpoint.Resume(resume, corpus, request.ResumeSteps)
            : new TrainingSession(request.Config, request.Options, corpus);
        var resumedAt = session.StepsDone;
        var evaluations = new List<(int, EvaluationResult)>();
        while (!session.Finished)
        {
            cancel.ThrowIfCancellationRequested();
            var record = session.Step();
            onStep?.Invoke(record);
            if (request.EvalEvery > 0 && session.StepsDone % request.EvalEvery == 0 && !session.Finished)
                evaluations.Add((session.StepsDone, session.Evaluate()));
        }
        var final = session.Evaluate();
        evaluations.Add((session.StepsDone, final));

        long traceRecords = 0;
        if (request.TracePath is { } tracePath && session.Config.IsMoe)
        {
            // Route the first validation batch and record every position: a trace of the trained model on held-out text.
            var o = session.Options;
            var tokens = new int[o.BatchSize * o.SequenceLength];
            var targets = new int[tokens.Length];
            corpus.ValidationBatch(tokens, targets, o.BatchSize, o.SequenceLength, 0, o.EvalBatches);
            session.Model.Forward(tokens, targets, o.BatchSize, o.SequenceLength);
            var recorder = new RoutingTraceRecorder($"moelab-{corpus.Name}-validation");
            recorder.RecordBatch(session.Model, 0);
            recorder.Write(tracePath);
            traceRecords = recorder.Records;
        }

        if (request.CheckpointOut is { } checkpoint) Checkpoint.Save(checkpoint, session);
        var row = RunRow.From(request.RunName, session.Model.Layout, session, final);
        if (request.RunsTable is { } runs) row.AppendTo(runs);
        return new TrainOutcome(session, final, evaluations, corpus.UnigramValidationLoss(), row, request.CheckpointOut,
            traceRecords > 0 ? request.TracePath : null, traceRecords, Gemm.Describe(), resumedAt, clock.Elapsed.TotalSeconds);
    }
}
