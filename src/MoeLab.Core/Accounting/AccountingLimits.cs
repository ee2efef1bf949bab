using System.Globalization;
using MoeLab.Core.Specs;
using MoeLab.Core.Units;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Turns a count that does not fit in 64 bits into bad input naming the spec fields it grows with. Accounting
/// is exact in <see cref="long"/> (up to 2⁶³ − 1 parameters or bytes, 9.22 EB) with checked arithmetic, so such a
/// count throws <see cref="OverflowException"/> instead of wrapping; this class runs only then, off the hot path.
/// </summary>
/// <remarks>
/// Detection is exact (the checked arithmetic); only the attribution uses floating-point estimates of each
/// component's leading terms, to say which component is too large and which fields to reduce.
/// </remarks>
internal static class AccountingLimits
{
    private static readonly string CountLimit = $"{UnitFormat.Exact(long.MaxValue)} (2⁶³ − 1)";
    private static readonly string ByteLimit = $"{UnitFormat.Exact(long.MaxValue)} bytes (2⁶³ − 1, {UnitFormat.BytesDecimal(long.MaxValue)})";

    /// <summary>
    /// One component of the model: <see cref="Blocks"/> copies (layers, modules, or 1) of a block of about
    /// <see cref="PerBlock"/> parameters, and the spec fields it grows with.
    /// </summary>
    private readonly record struct Part(ComponentClass Component, string Name, double Blocks, double PerBlock, string[] Fields)
    {
        public double Estimate => Blocks * PerBlock;
    }

    /// <summary>The error for a spec whose checked accounting overflowed: which count, how large, and which fields.</summary>
    public static InvalidInputException Explain(MoeSpec spec)
    {
        ParameterCounts counts;
        try
        {
            ModelAccountant.Parameters(spec, new BlockShape(spec), out counts);
            // Every active count is at most its total, so the total sum bounds every parameter figure.
            _ = counts.Total.Sum;
        }
        catch (OverflowException)
        {
            return ParametersTooLarge(spec);
        }

        // The parameters fit; their bytes (up to 4 per weight) or the recurrent state do not.
        var parts = Parts(spec).ToList();
        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            var precision = spec.Precision.For(c);
            try
            {
                _ = precision.BytesFor(counts.Total[c]);
            }
            catch (OverflowException)
            {
                var part = parts.Find(p => p.Component == c);
                return Refusal($"{part.Name} weights: {UnitFormat.Exact(counts.Total[c])} parameters in {precision.Label} "
                    + $"({UnitFormat.Invariant(precision.BitsPerWeight, "0.###")} bits each) come to ≈ {UnitFormat.BytesDecimal(counts.Total[c] * precision.BitsPerWeight / 8)}, "
                    + $"above {ByteLimit}, the largest byte count MoeLab computes exactly", spec, part.Fields, "or store them in a smaller precision");
            }
        }
        var stateFields = new[] { "layers", "hidden_size", "mamba.expand", "mamba.state_size", "mamba.conv_kernel" };
        if (spec.Mamba is { } mamba && spec.MambaLayerCount > 0)
        {
            var stateBytes = 4.0 * spec.MambaLayerCount * mamba.Expand * spec.HiddenSize * (mamba.StateSize + mamba.ConvKernel - 1.0);
            if (stateBytes > long.MaxValue)
                return Refusal($"the Mamba state of one sequence (≈ {UnitFormat.BytesDecimal(stateBytes)} in fp32) exceeds {ByteLimit}", spec, stateFields);
        }
        var largest = parts.MaxBy(p => p.Estimate * spec.Precision.For(p.Component).BitsPerWeight);
        try
        {
            _ = Enum.GetValues<ComponentClass>().Aggregate(0L, (sum, c) => checked(sum + spec.Precision.For(c).BytesFor(counts.Total[c])));
        }
        catch (OverflowException)
        {
            return Refusal($"the weights of all components together exceed {ByteLimit}, the largest byte count MoeLab computes exactly; "
                + $"the largest part is the {largest.Name} weights", spec, largest.Fields, "or store them in a smaller precision");
        }
        // Every total fits: what does not is a per-layer figure (a layer whose parts exceed the model's, as when
        // no layer of that kind exists, or a sum of parts that each fit).
        return Refusal($"a per-layer parameter count (one layer's attention, FFN, norms or LM head) exceeds {CountLimit}, the largest count "
            + "MoeLab computes exactly", spec, largest.Fields);
    }

    /// <summary>The error for a KV cache whose byte count does not fit.</summary>
    public static InvalidInputException KvCacheTooLarge(long batch, long context, long kvLayers, long elementsPerToken, int bits)
    {
        var bytes = (double)batch * context * kvLayers * elementsPerToken * bits / 8;
        return new InvalidInputException(
            $"the KV cache of {UnitFormat.Exact(batch)} sequence(s) × {UnitFormat.Exact(context)} tokens ({UnitFormat.Exact(kvLayers)} KV layers × "
            + $"{UnitFormat.Exact(elementsPerToken)} elements × {bits} bits a token) comes to ≈ {UnitFormat.BytesDecimal(bytes)}, above {ByteLimit}, "
            + "the largest byte count MoeLab computes exactly; reduce the batch size or context_length, or the KV width "
            + "(attention.kv_heads × attention.head_dim, or attention.mla.kv_lora_rank) or layers");
    }

    private static InvalidInputException ParametersTooLarge(MoeSpec spec)
    {
        var parts = Parts(spec).ToList();
        var largest = parts.MaxBy(p => p.Estimate);
        if (largest.Estimate > long.MaxValue)
            return Refusal($"{largest.Name} parameters (≈ {UnitFormat.Scientific(largest.Estimate)}) exceed {CountLimit}, the largest count MoeLab computes exactly",
                spec, largest.Fields);
        var total = parts.Sum(p => p.Estimate);
        if (total > long.MaxValue / 2)
            return Refusal($"the total parameter count (≈ {UnitFormat.Scientific(total)}) exceeds {CountLimit}, the largest count "
                + $"MoeLab computes exactly; the largest part is the {largest.Name} parameters", spec, largest.Fields);
        // No total is near the limit: one block is, typically of a kind no layer has (attention in an all-Mamba model).
        var block = parts.MaxBy(p => p.PerBlock);
        return Refusal($"one layer's {block.Name} parameters (≈ {UnitFormat.Scientific(block.PerBlock)}) exceed {CountLimit}, the largest count "
            + "MoeLab computes exactly", spec, block.Fields);
    }

    private static InvalidInputException Refusal(string what, MoeSpec spec, string[] fields, string alternative = "") =>
        new($"{what}; that count grows with {FieldList(spec, fields)}: reduce one of these{(alternative.Length > 0 ? " " + alternative : "")}");

    private static string FieldList(MoeSpec spec, string[] fields)
    {
        var named = fields.Select(f => $"{f} = {Value(spec, f)}").ToList();
        return named.Count == 1 ? named[0] : $"{string.Join(", ", named[..^1])} and {named[^1]}";
    }

    /// <summary>
    /// Each component's parameters to leading order (matrices, not biases or norms inside them), in floating
    /// point so nothing here can overflow.
    /// </summary>
    private static IEnumerable<Part> Parts(MoeSpec s)
    {
        double d = s.HiddenSize, vocab = s.VocabSize, layers = s.Layers;
        double moeLayers = s.MoeLayerCount, denseLayers = s.DenseLayerCount, attentionLayers = s.AttentionLayerCount;
        var a = s.Attention;
        double nq = a.QueryHeads, nkv = a.KvHeads, hd = a.HeadDim, vd = a.EffectiveValueHeadDim;

        yield return new(ComponentClass.Embeddings, "embedding", 1, vocab * d, ["vocab_size", "hidden_size"]);
        // The head's block is counted even when tied: its FLOPs are reported per block.
        yield return new(ComponentClass.LmHead, "LM-head", s.TiedEmbeddings ? 0 : 1, vocab * d, ["vocab_size", "hidden_size"]);

        string[] attentionFields = a.Mla is null
            ? ["layers", "hidden_size", "attention.query_heads", "attention.kv_heads", "attention.head_dim", "attention.value_head_dim"]
            : ["layers", "hidden_size", "attention.query_heads", "attention.head_dim", "attention.value_head_dim", "attention.mla.q_lora_rank", "attention.mla.kv_lora_rank"];
        var attentionPerLayer = a.Mla is { } mla
            ? (mla.QueryLoraRank > 0 ? (d + nq * hd) * mla.QueryLoraRank : d * nq * hd)
              + d * ((double)mla.KvLoraRank + mla.RopeHeadDim) + mla.KvLoraRank * nq * (hd - mla.RopeHeadDim + vd) + nq * vd * d
            : d * (nq * (hd + vd) + nkv * (hd + vd));
        yield return new(ComponentClass.Attention, "attention", attentionLayers, attentionPerLayer, attentionFields);

        var dense = s.DenseFfn;
        yield return new(ComponentClass.DenseFfn, "dense-FFN", denseLayers, dense is null ? 0 : dense.Matrices * d * dense.Width,
            ["layers", "hidden_size", "dense_ffn.width"]);

        var e = s.Experts;
        var routedPerLayer = e is null ? 0 : (double)e.Count * e.Expert.Matrices * d * e.Expert.Width;
        yield return new(ComponentClass.RoutedExperts, "routed-expert", moeLayers, routedPerLayer, ["layers", "experts.count", "experts.width", "hidden_size"]);
        var se = s.SharedExperts;
        var sharedPerLayer = (double)se.Count * se.Expert.Matrices * d * se.Expert.Width;
        yield return new(ComponentClass.SharedExperts, "shared-expert", moeLayers, sharedPerLayer, ["layers", "shared_experts.count", "shared_experts.width", "hidden_size"]);
        yield return new(ComponentClass.Router, "router", moeLayers, e is null ? 0 : d * e.Count, ["layers", "experts.count", "hidden_size"]);

        var qkNorms = a.QkNorm == QkNormKind.FullWidth ? (nq + nkv) * hd : 2 * hd;
        yield return new(ComponentClass.Norms, "norm", layers, s.Norms.PerLayer * d + qkNorms,
            ["layers", "norms.per_layer", "hidden_size", "attention.query_heads", "attention.head_dim"]);

        var mtpBlock = 2 * d * d + attentionPerLayer + (moeLayers > 0 ? routedPerLayer + sharedPerLayer : dense is null ? 0 : dense.Matrices * d * dense.Width);
        // Without modules nothing MTP-shaped is counted, not even per block.
        yield return new(ComponentClass.Mtp, "MTP-module", s.Mtp.Modules, s.Mtp.Modules > 0 ? mtpBlock : 0,
            moeLayers > 0 ? ["mtp.modules", "experts.count", "experts.width", "hidden_size"] : ["mtp.modules", "dense_ffn.width", "hidden_size"]);

        var mb = s.Mamba;
        var inner = mb is null ? 0 : (double)mb.Expand * d;
        yield return new(ComponentClass.Mamba, "Mamba-mixer", s.MambaLayerCount,
            mb is null ? 0 : inner * (3.0 * d + 2.0 * mb.DtRank + 3.0 * mb.StateSize + mb.ConvKernel),
            ["layers", "hidden_size", "mamba.expand", "mamba.state_size", "mamba.dt_rank"]);
    }

    private static string Value(MoeSpec s, string field)
    {
        long? value = field switch
        {
            "layers" => s.Layers,
            "hidden_size" => s.HiddenSize,
            "vocab_size" => s.VocabSize,
            "attention.query_heads" => s.Attention.QueryHeads,
            "attention.kv_heads" => s.Attention.KvHeads,
            "attention.head_dim" => s.Attention.HeadDim,
            "attention.value_head_dim" => s.Attention.EffectiveValueHeadDim,
            "attention.mla.q_lora_rank" => s.Attention.Mla?.QueryLoraRank,
            "attention.mla.kv_lora_rank" => s.Attention.Mla?.KvLoraRank,
            "dense_ffn.width" => s.DenseFfn?.Width,
            "experts.count" => s.Experts?.Count,
            "experts.width" => s.Experts?.Expert.Width,
            "shared_experts.count" => s.SharedExperts.Count,
            "shared_experts.width" => s.SharedExperts.Expert.Width,
            "norms.per_layer" => s.Norms.PerLayer,
            "mtp.modules" => s.Mtp.Modules,
            "mamba.expand" => s.Mamba?.Expand,
            "mamba.state_size" => s.Mamba?.StateSize,
            "mamba.conv_kernel" => s.Mamba?.ConvKernel,
            "mamba.dt_rank" => s.Mamba?.DtRank,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such spec field"),
        };
        return value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "none";
    }
}
