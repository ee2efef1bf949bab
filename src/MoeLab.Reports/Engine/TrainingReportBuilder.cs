using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Engine.Training;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;
using static MoeLab.Reports.Engine.EngineReportParts;

namespace MoeLab.Reports.Engine;

/// <summary>Builds the report of `moelab train`: model, data, result against the unigram baseline, speed, loss curve.</summary>
public sealed class TrainingReportBuilder(TrainOutcome outcome, string commandLine)
{
    private const int CurveRows = 20;

    public Report Build()
    {
        var s = outcome.Session;
        var o = s.Options;
        var final = outcome.Final;
        var blocks = new List<ReportBlock>
        {
            ModelBlock(s.Model.Layout),
            new KeyValues("Result", [
                new("Validation loss", $"{F(final.Loss)} ± {F(final.StandardError)} nats/byte (± one standard error over {final.Windows:N0} windows, {final.Tokens:N0} tokens{(o.EvalBatches == 0 ? ": the whole validation split" : $": {o.EvalBatches} batches of the validation split")})"),
                new("Bits per byte", $"{F(final.BitsPerByte)} bits/byte"),
                new("Perplexity", $"{F(final.Perplexity, "F3")} (per byte)"),
                new("Unigram baseline", $"{F(outcome.UnigramLoss)} nats/byte ({F(outcome.UnigramLoss / Math.Log(2))} bits/byte) — byte frequencies of the training text"),
                new("Final training loss", $"{F(s.History[^1].CrossEntropy)} nats/byte (+ {F(s.History[^1].LoadBalance + s.History[^1].RouterZ, "G3")} auxiliary)"),
                new("Tokens trained", $"{Si(outcome.Row.D)} tokens ({s.StepsDone} steps × {o.TokensPerStep:N0})"),
                new("Training compute (counted)", $"{Si(outcome.Row.C, "FLOP")}"),
            ]),
            new KeyValues("Speed (measured on this machine)", [
                new("Throughput", $"{Si(outcome.TokensPerSecond)} tokens/s"),
                new("Achieved", $"{Si(outcome.FlopsPerSecond, "FLOP/s")}"),
                new("Matrix products", outcome.GemmBackend),
                new("Wall time", $"{F(outcome.WallSeconds, "F1")} s"),
            ]),
            CurveTable(),
            LineChart("Loss by step", "step", "step", Curve(), "loss (nats/byte)"),
        };
        var products = new List<KeyValuePair<string, string>>();
        if (outcome.CheckpointPath is { } ckpt) products.Add(new("Checkpoint (safetensors)", ckpt));
        if (outcome.TracePath is { } trace) products.Add(new("Routing trace (JSONL)", $"{trace} ({outcome.TraceRecords:N0} records)"));
        products.Add(new("Runs-table row", outcome.Row.ToCsv()));
        blocks.Add(new KeyValues("Products", products));

        var warnings = new List<ReportWarning>();
        if (final.Loss >= outcome.UnigramLoss)
            warnings.Add(new ReportWarning($"validation loss {F(final.Loss)} is not below the unigram baseline {F(outcome.UnigramLoss)}: train longer or check the learning rate", "not-learning"));
        if (!double.IsFinite(s.History[^1].Loss))
            warnings.Add(new ReportWarning("training loss became non-finite (diverged); lower --lr", "diverged"));
        if (outcome.ResumedAtStep > 0)
            warnings.Add(new ReportWarning($"resumed at step {outcome.ResumedAtStep}; speed figures cover only the steps run now", "resumed"));

        var context = new ReportContext(commandLine, [
            new("data", $"{s.Corpus.Name} ({s.Corpus.Train.Length:N0} training bytes, {s.Corpus.Validation.Length:N0} validation bytes)"),
            new("schedule", $"{o.Schedule} peak {o.PeakLearningRate:G3} → {o.MinLearningRate:G3}, warm-up {o.WarmupSteps}"),
            new("batch", $"{o.BatchSize} × {o.SequenceLength} tokens × {o.AccumulationSteps} accumulation"),
        ], (long)o.Seed);
        return new Report($"Training run {outcome.Row.Run} — {RunRow.Describe(s.Config)}", context, blocks, warnings, Data());
    }

    private IEnumerable<(string, double, double)> Curve()
    {
        foreach (var h in outcome.Session.History) yield return ("training", h.Step, h.CrossEntropy);
        foreach (var (step, eval) in outcome.Evaluations) yield return ("validation", step, eval.Loss);
        if (outcome.Session.History.Count > 0)
        {
            yield return ("unigram baseline", outcome.Session.History[0].Step, outcome.UnigramLoss);
            yield return ("unigram baseline", outcome.Session.History[^1].Step, outcome.UnigramLoss);
        }
    }

    private Table CurveTable()
    {
        var history = outcome.Session.History;
        var stride = Math.Max(1, (int)Math.Ceiling(history.Count / (double)CurveRows));
        var rows = history.Where((_, i) => i % stride == 0 || i == history.Count - 1)
            .Select(h => (IReadOnlyList<Cell>)[
                new Cell(h.Step.ToString(), h.Step), new Cell(h.LearningRate.ToString("G3"), h.LearningRate),
                new Cell(F(h.CrossEntropy), h.CrossEntropy), new Cell((h.LoadBalance + h.RouterZ).ToString("G3"), h.LoadBalance + h.RouterZ),
                new Cell(F(h.GradientNorm, "F3"), h.GradientNorm), new Cell(Si(h.TokensSeen), h.TokensSeen), new Cell(F(h.ElapsedSeconds, "F1"), h.ElapsedSeconds)])
            .ToList();
        return new Table("Loss curve", [
            new Column("step", "steps", "Optimiser step (1-based).", true),
            new Column("lr", "1", "Learning rate used for the step.", true),
            new Column("train CE", "nats/byte", "Cross-entropy of the step's training batches.", true),
            new Column("aux", "nats", "Load-balancing + router z-loss, already weighted.", true),
            new Column("grad norm", "1", "Global gradient L2 norm before clipping.", true),
            new Column("tokens", "tokens", "Training tokens seen so far.", true),
            new Column("time", "s", "Wall-clock seconds of training so far.", true),
        ], rows, history.Count > rows.Count ? $"one step in {stride} shown; --json has all {history.Count}" : null);
    }

    /// <summary>A standard error is undefined (NaN) for a single evaluation window; JSON says null rather than a non-number.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private JsonNode Data()
    {
        var s = outcome.Session;
        var json = JsonSerializer.SerializeToNode(new
        {
            validation = new
            {
                loss_nats = outcome.Final.Loss, standard_error_nats = Finite(outcome.Final.StandardError), evaluated_tokens = outcome.Final.Tokens,
                windows = outcome.Final.Windows, bits_per_byte = outcome.Final.BitsPerByte, perplexity = outcome.Final.Perplexity, unigram_loss_nats = outcome.UnigramLoss,
            },
            speed = new { tokens_per_s = outcome.TokensPerSecond, flops_per_s = outcome.FlopsPerSecond, gemm_backend = outcome.GemmBackend, wall_s = outcome.WallSeconds },
            parameters = new { total_params = s.Model.Layout.TotalParameters, active_params = s.Model.Layout.ActiveParameters },
            evaluations = outcome.Evaluations.Select(e => new { step = e.Step, loss_nats = e.Eval.Loss, standard_error_nats = Finite(e.Eval.StandardError) }),
            checkpoint = outcome.CheckpointPath,
            trace = outcome.TracePath,
        }, ReportJson.Options)!;
        json["run"] = RunRowJson(outcome.Row);
        json["history"] = new JsonArray([.. s.History.Select(h => (JsonNode)StepJson(h))]);
        json["config"] = ConfigJson(s.Config);
        json["training"] = ReportJson.ToNode(s.Options);
        return json;
    }
}
