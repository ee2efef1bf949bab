using System.Globalization;
using System.Text;
using MoeLab.Core.IO;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>
/// One finished run as a row of the runs table that <c>moelab fit</c> reads. N and N_active are non-embedding
/// parameters (embedding and LM head excluded, the scaling-law convention); D is tokens trained on; C is the FLOPs
/// the engine counted while training (not 6·N·D); loss is the final validation loss in nats per byte (= per token).
/// E is 1 and G is 1 for a dense model.
/// </summary>
public sealed record RunRow(
    string Run, long N, long NActive, long NTotal, long D, double C, double Loss, double BitsPerByte,
    double Granularity, int E, int TopK, string Spec, int Steps, ulong Seed)
{
    public static readonly string Header = "run,N,N_active,N_total,D,C,loss,bpb,G,E,top_k,spec,steps,seed";

    public static RunRow From(string run, ParameterLayout layout, TrainingSession session, EvaluationResult eval)
    {
        var c = layout.Config;
        var embeddingAndHead = layout.Embedding.Length + (c.TiedEmbeddings ? 0 : layout.LmHead.Length);
        return new RunRow(run, layout.TotalParameters - embeddingAndHead, layout.ActiveParameters - embeddingAndHead,
            layout.TotalParameters, session.StepsDone * session.Options.TokensPerStep, session.History.Sum(h => h.Flops),
            eval.Loss, eval.BitsPerByte, c.Granularity, c.IsMoe ? c.Experts : 1, c.IsMoe ? c.TopK : 1, Describe(c),
            session.StepsDone, session.Options.Seed);
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

    public string ToCsv() => string.Join(',',
        Run, N, NActive, NTotal, D, C.ToString("R", CultureInfo.InvariantCulture), Loss.ToString("R", CultureInfo.InvariantCulture),
        BitsPerByte.ToString("R", CultureInfo.InvariantCulture), Granularity.ToString("R", CultureInfo.InvariantCulture),
        E, TopK, Spec, Steps, Seed);

    /// <summary>
    /// Appends the row to a CSV runs table, writing the header first when the file is new (atomically). A device, FIFO
    /// or <c>-</c> gets the header and this row.
    /// </summary>
    public void AppendTo(string path)
    {
        var output = OutputFile.At(path);
        var existing = output.HoldsFile ? File.ReadAllText(output.Target) : "";
        if (existing.Length > 0 && !existing.StartsWith(Header, StringComparison.Ordinal))
            throw new MoeLab.Core.Validation.InvalidInputException($"not a MoeLab runs table (first line is not '{Header}')", source: path);
        var text = new StringBuilder(existing);
        if (existing.Length == 0) text.Append(Header).Append('\n');
        else if (!existing.EndsWith('\n')) text.Append('\n');
        text.Append(ToCsv()).Append('\n');
        output.WriteAllText(text.ToString());
    }
}
