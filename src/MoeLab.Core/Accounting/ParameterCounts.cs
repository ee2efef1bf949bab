namespace MoeLab.Core.Accounting;

/// <summary>
/// Total and per-token active parameters, with every counting convention as its own named quantity.
/// "Active" counts the weights a token touches in the main forward pass: attention, dense FFNs, the top-K
/// routed experts and all shared experts of each MoE layer, routers, norms, and the embedding and LM-head
/// matrices whole (the convention vendors use, e.g. Mixtral's 12.9B). Quantities without "Excluding" in
/// their name include everything, MTP modules too.
/// </summary>
/// <param name="Total">Every stored parameter, by component.</param>
/// <param name="Active">Parameters used per token, by component (MTP: one module's active weights per module).</param>
public readonly record struct ParameterCounts(ComponentParams Total, ComponentParams Active)
{
    public long TotalParams => Total.Sum;

    /// <summary>Without the input embedding (with tied embeddings this also drops the head, which is the same matrix).</summary>
    public long TotalParamsExcludingEmbeddings => Total.Sum - Total.Embeddings;

    /// <summary>The "non-embedding" count of scaling-law papers: without input embedding and LM head.</summary>
    public long TotalParamsExcludingEmbeddingsAndLmHead => Total.Sum - Total.Embeddings - Total.LmHead;

    /// <summary>The main model only (DeepSeek-V3's 671B).</summary>
    public long TotalParamsExcludingMtp => Total.Sum - Total.Mtp;

    public long TotalParamsExcludingEmbeddingsAndMtp => Total.Sum - Total.Embeddings - Total.Mtp;

    public long ActiveParamsPerToken => Active.Sum;

    /// <summary>Without the input embedding (gpt-oss's published "active" convention).</summary>
    public long ActiveParamsPerTokenExcludingEmbeddings => Active.Sum - Active.Embeddings;

    public long ActiveParamsPerTokenExcludingEmbeddingsAndLmHead => Active.Sum - Active.Embeddings - Active.LmHead;

    /// <summary>The main model only (DeepSeek-V3's 37B).</summary>
    public long ActiveParamsPerTokenExcludingMtp => Active.Sum - Active.Mtp;

    public long ActiveParamsPerTokenExcludingEmbeddingsAndMtp => Active.Sum - Active.Embeddings - Active.Mtp;

    public long ActiveParamsPerTokenExcludingEmbeddingsLmHeadAndMtp => Active.Sum - Active.Embeddings - Active.LmHead - Active.Mtp;

    /// <summary>Active over total, main model only (MTP excluded from both).</summary>
    public double ActiveFractionExcludingMtp => (double)ActiveParamsPerTokenExcludingMtp / TotalParamsExcludingMtp;
}
