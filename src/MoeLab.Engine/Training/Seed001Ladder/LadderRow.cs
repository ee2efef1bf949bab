using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// One finished run as a row of the design's runs table. The first seven columns are the contract with
/// <c>moelab plan --runs</c>: c (the scale's nominal budget, the same for every run of a scale), m_over_na and
/// n_over_na (the configuration's targets x and y), d, loss (final validation cross-entropy, nats per byte), phase
/// (1 = proxy width, 2 = the rest of the sweep), run. The rest describe what ran: the shape, its triad as seed 001
/// counts it (non-embedding), the FLOPs the engine counted, tokens, time, and — as the default ladder's runs table does —
/// how many validation tokens the loss averages over (eval_tokens) and its standard error in nats (loss_se), so a fit
/// can weigh or question each loss. Tables written before those two columns are upgraded on opening (0 and NaN: unknown).
/// </summary>
public sealed record LadderRow(
    double C, double MOverNa, double NOverNa, int D, double Loss, int Phase, string Run,
    string Config, int Scale, int Layers, int DenseLayers, int ExpertWidth,
    long ActiveParams, long TotalParams, double FlopsPerToken, double EngineFlopsPerToken,
    long Tokens, double CountedCompute, double BitsPerByte, int Steps, double LearningRate, double Seconds,
    long EvalTokens = 0, double LossStandardError = double.NaN)
{
    public static readonly string[] Columns =
    [
        "c", "m_over_na", "n_over_na", "d", "loss", "phase", "run",
        "config", "scale", "layers", "dense_layers", "d_m", "n_active", "n_total", "m", "m_engine",
        "tokens", "c_counted", "bpb", "steps", "lr", "seconds", "eval_tokens", "loss_se",
    ];

    /// <summary>The header of tables written before rows carried eval_tokens and loss_se; <see cref="LadderDirectory"/> upgrades them.</summary>
    public static string LegacyHeader => string.Join(',', Columns.SkipLast(2));

    public static string Header => string.Join(',', Columns);

    public static LadderRow From(PlannedRun run, TrainOutcome outcome)
    {
        var s = run.Shape;
        return new LadderRow(run.Scale.ComputeFlops, run.FlopsPerActiveParam, run.TotalPerActiveParam, s.HiddenSize, outcome.Final.Loss,
            run.Phase, run.Id, run.ConfigId, run.Scale.Index, s.Layers, s.DenseLayers, s.ExpertWidth,
            s.Realized.ActiveParams, s.Realized.TotalParams, s.Realized.FlopsPerToken, run.EngineFlopsPerToken,
            outcome.Row.D, outcome.Row.C, outcome.Final.BitsPerByte, outcome.Session.StepsDone, run.Options.PeakLearningRate, outcome.WallSeconds,
            outcome.Final.Tokens, outcome.Final.StandardError);
    }

    public string ToCsv() => string.Join(',',
        R(C), R(MOverNa), R(NOverNa), I(D), R(Loss), I(Phase), Run,
        Config, I(Scale), I(Layers), I(DenseLayers), I(ExpertWidth), I(ActiveParams), I(TotalParams), R(FlopsPerToken), R(EngineFlopsPerToken),
        I(Tokens), R(CountedCompute), R(BitsPerByte), I(Steps), R(LearningRate), R(Seconds), I(EvalTokens), R(LossStandardError));

    /// <summary>
    /// Reads a line written by <see cref="ToCsv"/> (or, with <paramref name="legacy"/>, by a build without eval_tokens and
    /// loss_se: they are then 0 and NaN); <paramref name="row"/> is its 1-based line number, for the error message.
    /// </summary>
    public static LadderRow Parse(string line, string source, long row, bool legacy = false)
    {
        var cells = line.Split(',');
        var expected = Columns.Length - (legacy ? 2 : 0);
        if (cells.Length != expected)
            throw new InvalidInputException($"expected {expected} cells, found {cells.Length}", source, row: row);
        double Real(int i) => double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidInputException($"'{cells[i]}' is not a number", source, Columns[i], row);
        long Whole(int i) => long.TryParse(cells[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidInputException($"'{cells[i]}' is not a whole number", source, Columns[i], row);
        return new LadderRow(Real(0), Real(1), Real(2), (int)Whole(3), Real(4), (int)Whole(5), cells[6],
            cells[7], (int)Whole(8), (int)Whole(9), (int)Whole(10), (int)Whole(11), Whole(12), Whole(13), Real(14), Real(15),
            Whole(16), Real(17), Real(18), (int)Whole(19), Real(20), Real(21),
            legacy ? 0 : Whole(22), legacy ? double.NaN : Real(23));
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}
