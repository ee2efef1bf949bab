using System.Globalization;
using System.Text;
using MoeLab.Core.IO;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Traces;

/// <summary>
/// Collects routing decisions in the JSONL trace format of MoeLab's offloading simulator (the format of
/// the vendored data/traces): one object per (sequence, MoE layer, token) with
/// <c>{"dataset","problem_id","layer","experts":[…],"gating_probs":[…],"token_idx"}</c>, in decode order (token by
/// token, layers in order within a token). <c>layer</c> is the MoE-layer ordinal (0 … L_m − 1), so a model whose first
/// k layers are dense still yields a trace of contiguous layers; gates are the renormalised top-k weights (sum 1).
/// </summary>
public sealed class RoutingTraceRecorder(string dataset)
{
    private readonly StringBuilder _lines = new();

    public string Dataset { get; } = dataset;

    public long Records { get; private set; }

    /// <summary>Records position <paramref name="position"/> of batch row 0 from the model's last forward pass.</summary>
    public void Record(Transformer<float> model, int sequence, int tokenIndex, int position)
    {
        var k = model.Config.TopK;
        var ordinal = 0;
        foreach (var moe in model.MoeLayers)
        {
            if (moe is null) continue;
            Append(sequence, ordinal++, moe.Experts.Slice(position * k, k), moe.Gates.Slice(position * k, k), tokenIndex);
        }
    }

    /// <summary>Records the routing of the decoder's last step (the token whose logits produced token <paramref name="tokenIndex"/>).</summary>
    public void Record(MoeDecoder decoder, int sequence, int tokenIndex)
    {
        var architecture = decoder.Architecture;
        for (var l = 0; l < architecture.Layers; l++)
        {
            if (!architecture.IsMoeLayer(l)) continue;
            Append(sequence, architecture.MoeOrdinal(l), decoder.RoutedExperts(l), decoder.RoutedGates(l), tokenIndex);
        }
    }

    private void Append(int sequence, int layer, ReadOnlySpan<int> experts, ReadOnlySpan<float> gates, int tokenIndex)
    {
        _lines.Append("{\"dataset\": \"").Append(Dataset).Append("\", \"problem_id\": ").Append(sequence)
            .Append(", \"layer\": ").Append(layer).Append(", \"experts\": [");
        for (var s = 0; s < experts.Length; s++) _lines.Append(s > 0 ? ", " : "").Append(experts[s]);
        _lines.Append("], \"gating_probs\": [");
        for (var s = 0; s < gates.Length; s++) _lines.Append(s > 0 ? ", " : "").Append(gates[s].ToString("R", CultureInfo.InvariantCulture));
        _lines.Append("], \"token_idx\": ").Append(tokenIndex).Append("}\n");
        Records++;
    }

    /// <summary>Records every position of every batch row of the last forward pass (a training or evaluation batch).</summary>
    public void RecordBatch(Transformer<float> model, int firstSequence)
    {
        var (b, t) = model.ActivationShape ?? throw new InvalidOperationException("no forward pass to record");
        for (var row = 0; row < b; row++)
        for (var pos = 0; pos < t; pos++)
            Record(model, firstSequence + row, pos, row * t + pos);
    }

    public string ToJsonl() => _lines.ToString();

    public void Write(string path) => OutputFile.At(path).WriteAllText(_lines.ToString());
}
