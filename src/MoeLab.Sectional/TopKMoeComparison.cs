namespace MoeLab.Sectional;

/// <summary>
/// A standard top-k MoE block for comparison: self-attention over n tokens at width d (only when the sectional
/// layer has attention, as in <see cref="DenseReferenceLayer"/>), a router (d×N_e),
/// and N_e experts, each a full-width FFN (d → h_e → d, m matrices), k of them active per token. Its expert
/// width h_e is chosen to match the sectional layer either in parameters or in total MACs.
/// </summary>
/// <param name="Basis">"equal parameters" or "equal MACs".</param>
/// <param name="ExpertCount">N_e.</param>
/// <param name="ActiveExperts">k.</param>
/// <param name="ExpertHiddenWidth">h_e that meets the basis (fractional: a comparison, not a build); ≤ 0 means impossible.</param>
/// <param name="TotalParams">4·d² (attention, when present) + d·N_e + N_e·m·d·h_e.</param>
/// <param name="TotalMacs">Attention + n·d·N_e (router) + n·k·m·d·h_e.</param>
/// <param name="CriticalPathMacs">With N_e experts on N_e devices and perfectly balanced routing:
/// attention + router + n·k·m·d·h_e / N_e.</param>
public sealed record TopKMoeComparison(
    string Basis,
    int ExpertCount,
    int ActiveExperts,
    double ExpertHiddenWidth,
    double TotalParams,
    double TotalMacs,
    double CriticalPathMacs)
{
    public bool IsPossible => ExpertHiddenWidth > 0;

    private static (double attnMacs, double attnParams) Attention(SectionalSpec spec)
    {
        var dense = DenseReferenceLayer.For(spec);
        return dense.HasAttention ? (dense.AttentionMacs, dense.AttentionParams) : (0, 0);
    }

    private static TopKMoeComparison Build(string basis, SectionalSpec spec, int experts, int active, double hidden)
    {
        double d = spec.ModelWidth, n = spec.SequenceTokens, m = spec.FfnMatrices;
        var (attnMacs, attnParams) = Attention(spec);
        double router = n * d * experts;
        double expertMacs = n * active * m * d * hidden;
        return new TopKMoeComparison(basis, experts, active, hidden,
            attnParams + d * experts + experts * m * d * hidden,
            attnMacs + router + expertMacs,
            attnMacs + router + expertMacs / experts);
    }

    /// <summary>The top-k MoE whose total parameters equal <paramref name="sectionalParams"/>.</summary>
    public static TopKMoeComparison EqualParams(SectionalSpec spec, int experts, int active, double sectionalParams)
    {
        double d = spec.ModelWidth, m = spec.FfnMatrices;
        var (_, attnParams) = Attention(spec);
        double hidden = (sectionalParams - attnParams - d * experts) / (experts * m * d);
        return Build("equal parameters", spec, experts, active, hidden);
    }

    /// <summary>The top-k MoE whose total MACs equal <paramref name="sectionalMacs"/>.</summary>
    public static TopKMoeComparison EqualMacs(SectionalSpec spec, int experts, int active, double sectionalMacs)
    {
        double d = spec.ModelWidth, n = spec.SequenceTokens, m = spec.FfnMatrices;
        var (attnMacs, _) = Attention(spec);
        double hidden = (sectionalMacs - attnMacs - n * d * experts) / (n * active * m * d);
        return Build("equal MACs", spec, experts, active, hidden);
    }
}
