namespace MoeLab.Sectional;

/// <summary>
/// The dense layer a sectional layer replaces: self-attention over n tokens at width d (QKV, scores, weighted
/// values, output projection) followed by an FFN of hidden width r·d with m matrices — or the FFN alone when
/// the sectional layer has no attention anywhere (no pre-expert layer, FFN experts), so like is compared with like.
/// Written out directly (not through <see cref="SectionalCostTerms"/>) so the E = 1 consistency check is a
/// comparison of two independent derivations.
/// </summary>
public sealed record DenseReferenceLayer(long ModelWidth, long SequenceTokens, double FfnRatio, int FfnMatrices, int Heads, bool HasAttention = true)
{
    public static DenseReferenceLayer For(SectionalSpec spec) =>
        new(spec.ModelWidth, spec.SequenceTokens, spec.FfnRatio, spec.FfnMatrices, spec.PreExpertHeads,
            spec.HasPreExpertLayer || spec.ExpertKind == SectionExpertKind.TransformerBlock);

    private double D => ModelWidth;
    private double N => SequenceTokens;

    /// <summary>Attention MACs (whether or not <see cref="HasAttention"/>): 3·n·d² (QKV) + 2·n²·d (scores, weighted values) + n·d² (output).</summary>
    public double AttentionMacs => 3 * N * D * D + 2 * N * N * D + N * D * D;

    /// <summary>FFN MACs: m·r·n·d².</summary>
    public double FfnMacs => FfnMatrices * FfnRatio * N * D * D;

    public double TotalMacs => (HasAttention ? AttentionMacs : 0) + FfnMacs;

    /// <summary>Attention parameters 4·d² (no biases).</summary>
    public double AttentionParams => 4 * D * D;

    /// <summary>FFN parameters m·r·d².</summary>
    public double FfnParams => FfnMatrices * FfnRatio * D * D;

    public double TotalParams => (HasAttention ? AttentionParams : 0) + FfnParams;

    public double TotalActivationElements => (HasAttention ? AttentionActivationElements : 0) + FfnActivationElements;

    /// <summary>Attention activations: 3·n·d (QKV) + h·n² (scores) + 2·n·d (attention output, projection).</summary>
    public double AttentionActivationElements => 5 * N * D + Heads * N * N;

    /// <summary>FFN activations: (m − 1)·r·n·d hidden + n·d output.</summary>
    public double FfnActivationElements => (FfnMatrices - 1) * FfnRatio * N * D + N * D;
}
