using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// One finished run as a row of the design's runs table. The first seven columns are the contract with
/// <c>moelab plan --runs</c>: c (the scale's nominal budget, the same for every run of a scale), m_over_na and
/// n_over_na (the configuration's targets x and y), d, loss (final validation cross-entropy, nats per byte), phase
/// (1 = proxy width, 2 = the rest of the sweep), run. The rest describe what ran: the shape, its triad as seed 001
/// counts it (non-embedding), the FLOPs the engine counted, tokens, time.
/// </summary>
public sealed record LadderRow(
    double C, double MOverNa, double NOverNa, int D, double Loss, int Phase, string Run,
    string Config, int Scale, int Layers, int DenseLayers, int ExpertWidth,
    long ActiveParams, long TotalParams, double FlopsPerToken, double EngineFlopsPerToken,
    long Tokens, double CountedCompute, double BitsPerByte, int Steps, double LearningRate, double Seconds)
{
    public static readonly string[] Columns =
    [
        "c", "m_over_na", "n_over_na", "d", "loss", "phase", "run",
        "config", "scale", "layers", "dense_layers", "d_m", "n_active", "n_total", "m", "m_engine",
        "tokens", "c_counted", "bpb", "steps", "lr", "seconds",
    ];

    public static string Header => string.Join(',', Columns);

    public static LadderRow From(PlannedRun run, TrainOutcome outcome)
    {
        var s = run.Shape;
        return new LadderRow(run.Scale.ComputeFlops, run.FlopsPerActiveParam, run.TotalPerActiveParam, s.HiddenSize, outcome.Final.Loss,
            run.Phase, run.Id, run.ConfigId, run.Scale.Index, s.Layers, s.DenseLayers, s.ExpertWidth,
            s.Realized.ActiveParams, s.Realized.TotalParams, s.Realized.FlopsPerToken, run.EngineFlopsPerToken,
            outcome.Row.D, outcome.Row.C, outcome.Final.BitsPerByte, outcome.Session.StepsDone, run.Options.PeakLearningRate, outcome.WallSeconds);
    }

    public string ToCsv() => string.Join(',',
        R(C), R(MOverNa), R(NOverNa), I(D), R(Loss), I(Phase), Run,
        Config, I(Scale), I(Layers), I(DenseLayers), I(ExpertWidth), I(ActiveParams), I(TotalParams), R(FlopsPerToken), R(EngineFlopsPerToken),
        I(Tokens), R(CountedCompute), R(BitsPerByte), I(Steps), R(LearningRate), R(Seconds));

    /// <summary>Reads a line written by <see cref="ToCsv"/>; <paramref name="row"/> is its 1-based line number, for the error message.</summary>
    public static LadderRow Parse(string line, string source, long row)
    {
        var cells = line.Split(',');
        if (cells.Length != Columns.Length)
            throw new InvalidInputException($"expected {Columns.Length} cells, found {cells.Length}", source, row: row);
        double Real(int i) => double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidInputException($"'{cells[i]}' is not a number", source, Columns[i], row);
        long Whole(int i) => long.TryParse(cells[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw new InvalidInputException($"'{cells[i]}' is not a whole number", source, Columns[i], row);
        return new LadderRow(Real(0), Real(1), Real(2), (int)Whole(3), Real(4), (int)Whole(5), cells[6],
            cells[7], (int)Whole(8), (int)Whole(9), (int)Whole(10), (int)Whole(11), Whole(12), Whole(13), Real(14), Real(15),
            Whole(16), Real(17), Real(18), (int)Whole(19), Real(20), Real(21));
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}
