namespace MoeLab.Sectional;

/// <summary>
/// MoeLab's cost terms of the sectional layer described by <see cref="SectionalSpec"/>, one function per
/// component, each a <see cref="CostTerm"/> in E. Notation: d model width, n tokens, n' reduced tokens
/// (n, n/E or fixed), w = d/E section width, r FFN ratio, m FFN matrices (2 or 3), h pre-expert heads,
/// h_s heads per section. All MACs are per sequence and per layer (forward pass).
/// <para>
/// Seed 002 publishes only <c>A_trad = L·3·d0²</c> (see <see cref="PaperSectionalModel"/>); every term below
/// is MoeLab's derivation of the architecture the paper describes in words.
/// </para>
/// </summary>
public static class SectionalCostTerms
{
    private static ExpertCountPolynomial C(double c) => ExpertCountPolynomial.Constant(c);

    /// <summary>All terms the spec has, in data-flow order; absent components are left out.</summary>
    public static IReadOnlyList<CostTerm> For(SectionalSpec spec)
    {
        var terms = new List<CostTerm>();
        if (spec.HasPreExpertLayer)
        {
            terms.Add(PreExpertQkv(spec));
            terms.Add(PreExpertScores(spec));
            terms.Add(PreExpertOutput(spec));
        }
        if (spec.ExpertKind == SectionExpertKind.TransformerBlock)
        {
            terms.Add(SectionQkv(spec));
            terms.Add(SectionScores(spec));
            terms.Add(SectionOutput(spec));
        }
        terms.Add(SectionFfn(spec));
        if (spec.HasMixingProjection) terms.Add(Mixing(spec));
        if (spec.ReducesSequence) terms.Add(Upsampling(spec));
        return terms;
    }

    private static ExpertCountPolynomial ReducedTokens(SectionalSpec spec) => spec.ReducedLength.TokensPolynomial(spec.SequenceTokens);

    /// <summary>Pre-expert Q, K, V projections: Q for the n' output tokens, K and V for all n input tokens.
    /// MACs (n' + 2n)·d² (= 3·n·d², the paper's A_trad, when n' = n); params 3·d²; activations (n' + 2n)·d.</summary>
    public static CostTerm PreExpertQkv(SectionalSpec spec)
    {
        double d = spec.ModelWidth, n = spec.SequenceTokens;
        var rows = ReducedTokens(spec) + C(2 * n);
        return new CostTerm("pre-expert QKV", "(n' + 2n)·d²", TermPlacement.Shared,
            rows * (d * d), C(3 * d * d), rows * d);
    }

    /// <summary>Pre-expert attention scores Q·Kᵀ and their product with V: each n'·n·d over all heads.
    /// MACs 2·n'·n·d; no params; activations h·n'·n (score matrices) + n'·d (attention output).</summary>
    public static CostTerm PreExpertScores(SectionalSpec spec)
    {
        double d = spec.ModelWidth, n = spec.SequenceTokens, h = spec.PreExpertHeads;
        var np = ReducedTokens(spec);
        return new CostTerm("pre-expert attention scores", "2·n'·n·d", TermPlacement.Shared,
            np * (2 * n * d), ExpertCountPolynomial.Zero, np * (h * n) + np * d);
    }

    /// <summary>Pre-expert output projection: MACs n'·d², params d², activations n'·d.</summary>
    public static CostTerm PreExpertOutput(SectionalSpec spec)
    {
        double d = spec.ModelWidth;
        var np = ReducedTokens(spec);
        return new CostTerm("pre-expert output projection", "n'·d²", TermPlacement.Shared,
            np * (d * d), C(d * d), np * d);
    }

    /// <summary>Per-section Q, K, V over the section's n' tokens at width w: summed over E sections
    /// MACs E·3·n'·w² = 3·n'·d²/E, params 3·d²/E, activations 3·n'·d.</summary>
    public static CostTerm SectionQkv(SectionalSpec spec)
    {
        double d = spec.ModelWidth;
        var np = ReducedTokens(spec);
        return new CostTerm("section QKV", "E·3·n'·(d/E)²", TermPlacement.PerSection,
            np.ShiftPower(-1) * (3 * d * d), ExpertCountPolynomial.Term(3 * d * d, -1), np * (3 * d));
    }

    /// <summary>Per-section attention scores and weighted values: summed over E sections
    /// MACs E·2·n'²·w = 2·n'²·d — independent of E unless n' shrinks with E; activations E·h_s·n'² + n'·d
    /// (each section keeps its own h_s score matrices, so this grows with E).</summary>
    public static CostTerm SectionScores(SectionalSpec spec)
    {
        double d = spec.ModelWidth, hs = spec.SectionHeads;
        var np = ReducedTokens(spec);
        var npSquared = np * np;
        return new CostTerm("section attention scores", "E·2·n'²·(d/E)", TermPlacement.PerSection,
            npSquared * (2 * d), ExpertCountPolynomial.Zero, npSquared.ShiftPower(1) * hs + np * d);
    }

    /// <summary>Per-section attention output projection: MACs n'·d²/E, params d²/E, activations n'·d.</summary>
    public static CostTerm SectionOutput(SectionalSpec spec)
    {
        double d = spec.ModelWidth;
        var np = ReducedTokens(spec);
        return new CostTerm("section output projection", "E·n'·(d/E)²", TermPlacement.PerSection,
            np.ShiftPower(-1) * (d * d), ExpertCountPolynomial.Term(d * d, -1), np * d);
    }

    /// <summary>Per-section FFN, hidden width r·w, m matrices of w×r·w: summed over E sections
    /// MACs E·m·r·n'·w² = m·r·n'·d²/E, params m·r·d²/E, activations (m − 1)·r·n'·d + n'·d.</summary>
    public static CostTerm SectionFfn(SectionalSpec spec)
    {
        double d = spec.ModelWidth, r = spec.FfnRatio, m = spec.FfnMatrices;
        var np = ReducedTokens(spec);
        return new CostTerm("section FFN", "E·m·r·n'·(d/E)²", TermPlacement.PerSection,
            np.ShiftPower(-1) * (m * r * d * d), ExpertCountPolynomial.Term(m * r * d * d, -1),
            np * ((m - 1) * r * d + d));
    }

    /// <summary>Mixing projection after the merge (restores cross-section mixing): MACs n'·d², params d², activations n'·d.</summary>
    public static CostTerm Mixing(SectionalSpec spec)
    {
        double d = spec.ModelWidth;
        var np = ReducedTokens(spec);
        return new CostTerm("mixing projection", "n'·d²", TermPlacement.Shared, np * (d * d), C(d * d), np * d);
    }

    /// <summary>
    /// Up-sampling from n' back to n tokens. Repeat: no MACs or params, n·d activations (the copy).
    /// Cross-attention (queries from the n layer inputs, keys/values from the n' merged tokens):
    /// MACs (2n + 2n')·d² + 2·n·n'·d, params 4·d², activations (2n + 2n')·d + h·n·n' + n·d.
    /// </summary>
    public static CostTerm Upsampling(SectionalSpec spec)
    {
        double d = spec.ModelWidth, n = spec.SequenceTokens, h = spec.PreExpertHeads;
        var np = ReducedTokens(spec);
        if (spec.Upsampling == UpsamplingKind.Repeat)
            return new CostTerm("up-sampling (repeat)", "0", TermPlacement.Shared,
                ExpertCountPolynomial.Zero, ExpertCountPolynomial.Zero, C(n * d));
        var projections = (C(2 * n) + np * 2) * (d * d);
        var scores = np * (2 * n * d);
        return new CostTerm("up-sampling (cross-attention)", "(2n + 2n')·d² + 2·n·n'·d", TermPlacement.Shared,
            projections + scores, C(4 * d * d), (C(2 * n) + np * 2) * d + np * (h * n) + C(n * d));
    }

    /// <summary>
    /// Kernels one section launches (for the launch-latency overhead): m matrix products and one activation,
    /// plus QKV, scores, softmax, weighted values and output projection for a transformer-block expert.
    /// </summary>
    public static int KernelsPerSection(SectionalSpec spec) =>
        spec.FfnMatrices + 1 + (spec.ExpertKind == SectionExpertKind.TransformerBlock ? 5 : 0);

    /// <summary>Kernels of the shared (non-sectional) components: pre-expert attention 5, mixing 1, up-sampling 5 or 1.</summary>
    public static int SharedKernels(SectionalSpec spec) =>
        (spec.HasPreExpertLayer ? 5 : 0)
        + (spec.HasMixingProjection ? 1 : 0)
        + (spec.ReducesSequence ? (spec.Upsampling == UpsamplingKind.CrossAttention ? 5 : 1) : 0);
}
