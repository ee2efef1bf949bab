using System.Globalization;
using System.Text;
using MoeLab.Core.IO;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>
/// One finished run as a row of the runs table that <c>moelab fit</c> reads. N and N_active are non-embedding
/// parameters (embedding and LM head excluded, the scaling-law convention); D is tokens trained on; C is the FLOPs
/// the engine counted while training (not 6·N·D); loss is the final validation loss in nats per byte (= per token).
/// E is 1 and G is 1 for a dense model. config_hash (<see cref="RunKey"/>) identifies the run's model, options and
/// data, so a rerun can tell which rows it already has. eval_tokens is how many validation tokens the loss averages
/// over and loss_se its standard error (nats), so a fit can weigh or question each loss.
/// </summary>
public sealed record RunRow(
    string Run, long N, long NActive, long NTotal, long D, double C, double Loss, double BitsPerByte,
    double Granularity, int E, int TopK, string Spec, int Steps, ulong Seed, string ConfigHash, long EvalTokens, double LossStandardError)
{
    /// <summary>The header of tables written before rows carried their config hash; rows are still appended to them, without it.</summary>
    public static readonly string LegacyHeader = "run,N,N_active,N_total,D,C,loss,bpb,G,E,top_k,spec,steps,seed";

    /// <summary>The header of tables written before rows carried their evaluation's size and standard error; read, and appended to in their own shape.</summary>
    public static readonly string HashedHeader = LegacyHeader + ",config_hash";

    public static readonly string Header = HashedHeader + ",eval_tokens,loss_se";

    /// <summary>True for the first line of a runs table this build reads and appends to (<see cref="Header"/> or <see cref="HashedHeader"/>).</summary>
    public static bool IsTableHeader(string line) => line == Header || line == HashedHeader;

    public static RunRow From(string run, ParameterLayout layout, TrainingSession session, EvaluationResult eval)
    {
        var c = layout.Config;
        var embeddingAndHead = layout.Embedding.Length + (c.TiedEmbeddings ? 0 : layout.LmHead.Length);
        return new RunRow(run, layout.TotalParameters - embeddingAndHead, layout.ActiveParameters - embeddingAndHead,
            layout.TotalParameters, session.StepsDone * session.Options.TokensPerStep, session.History.Sum(h => h.Flops),
            eval.Loss, eval.BitsPerByte, c.Granularity, c.IsMoe ? c.Experts : 1, c.IsMoe ? c.TopK : 1, Describe(c),
            session.StepsDone, session.Options.Seed, RunKey.Of(session.Config, session.Options, session.Corpus), eval.Tokens, eval.StandardError);
    }

    /// <summary>A compact, comma-free description of the shape, e.g. <c>d128-L4-h4/4-E8k2x96-s1-fd1-tied</c>.</summary>
    public static string Describe(EngineConfig c)
    {
        var s = $"d{c.ModelDim}-L{c.Layers}-h{c.Heads}/{c.KvHeads}-ff{c.DenseHidden}";
        if (c.IsMoe) s += $"-E{c.Experts}k{c.TopK}x{c.ExpertHidden}-s{c.SharedExperts}-fd{c.FirstDenseLayers}";
        if (c.IsSectional)
            s += $"-sect{c.SectionalExperts}{(c.SectionalMixing ? "m" : "")}{(c.SectionalPreExpertHeads > 0 ? $"p{c.SectionalPreExpertHeads}" : "")}-fd{c.FirstDenseLayers}";
        return s + (c.TiedEmbeddings ? "-tied" : "-untied") + $"-ctx{c.ContextLength}";
    }

    public string ToCsv() => string.Join(',', HashedCells().Append(I(EvalTokens)).Append(R(LossStandardError)));

    private IEnumerable<string> HashedCells() => LegacyCells().Append(ConfigHash);

    private IEnumerable<string> LegacyCells() =>
    [
        Run, I(N), I(NActive), I(NTotal), I(D), R(C), R(Loss), R(BitsPerByte), R(Granularity), I(E), I(TopK), Spec, I(Steps),
        Seed.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// Reads a line written by <see cref="ToCsv"/>, or by an older build without the evaluation columns (their
    /// eval_tokens is then 0 and loss_se NaN: unknown); null when it is not one (wrong cell count, a bad number, a malformed hash).
    /// </summary>
    public static RunRow? TryParse(string line)
    {
        var c = line.Split(',');
        const NumberStyles real = NumberStyles.Float, whole = NumberStyles.Integer;
        var culture = CultureInfo.InvariantCulture;
        if (c.Length is not (15 or 17) || c[14].Length != 16 || !c[14].All(char.IsAsciiHexDigitLower)) return null;
        long evalTokens = 0;
        var se = double.NaN;
        if (c.Length == 17 && !(long.TryParse(c[15], whole, culture, out evalTokens) && double.TryParse(c[16], real, culture, out se))) return null;
        return long.TryParse(c[1], whole, culture, out var n) && long.TryParse(c[2], whole, culture, out var na) && long.TryParse(c[3], whole, culture, out var nt)
            && long.TryParse(c[4], whole, culture, out var d) && double.TryParse(c[5], real, culture, out var compute)
            && double.TryParse(c[6], real, culture, out var loss) && double.TryParse(c[7], real, culture, out var bpb)
            && double.TryParse(c[8], real, culture, out var g) && int.TryParse(c[9], whole, culture, out var e) && int.TryParse(c[10], whole, culture, out var k)
            && int.TryParse(c[12], whole, culture, out var steps) && ulong.TryParse(c[13], whole, culture, out var seed)
            ? new RunRow(c[0], n, na, nt, d, compute, loss, bpb, g, e, k, c[11], steps, seed, c[14], evalTokens, se)
            : null;
    }

    /// <summary>
    /// Appends the row to a CSV runs table, writing the header first when the file is new (atomically). A table an
    /// older build wrote (<see cref="LegacyHeader"/>, <see cref="HashedHeader"/>) gets the row in its own shape, so
    /// its rows stay one shape. A device, FIFO or <c>-</c> gets the header and this row.
    /// </summary>
    public void AppendTo(string path)
    {
        var output = OutputFile.At(path);
        var existing = output.HoldsFile ? File.ReadAllText(output.Target) : "";
        var firstLine = existing.Split('\n', 2)[0].TrimEnd('\r');
        if (existing.Length > 0 && firstLine != LegacyHeader && !IsTableHeader(firstLine))
            throw new MoeLab.Core.Validation.InvalidInputException($"not a MoeLab runs table (first line is not '{Header}')", source: path);
        var text = new StringBuilder(existing);
        if (existing.Length == 0) text.Append(Header).Append('\n');
        else if (!existing.EndsWith('\n')) text.Append('\n');
        var cells = firstLine == LegacyHeader ? string.Join(',', LegacyCells()) : firstLine == HashedHeader ? string.Join(',', HashedCells()) : ToCsv();
        text.Append(cells).Append('\n');
        output.WriteAllText(text.ToString());
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}
