using MoeLab.Core.Validation;

namespace MoeLab.Sectional;

/// <summary>What each per-section expert is.</summary>
public enum SectionExpertKind
{
    /// <summary>A feed-forward network on the section's d/E coordinates only.</summary>
    Ffn,

    /// <summary>A small transformer block on the section: its own self-attention over the n' tokens, then an FFN.</summary>
    TransformerBlock,
}

/// <summary>How the merged n' tokens are brought back to the layer's n tokens.</summary>
public enum UpsamplingKind
{
    /// <summary>Each of the n outputs copies one of the n' merged tokens: no multiply-accumulates.</summary>
    Repeat,

    /// <summary>The n original tokens attend to the n' merged tokens (queries from n, keys/values from n').</summary>
    CrossAttention,
}

/// <summary>How long the sequence is after the pre-expert layer (n').</summary>
public enum ReducedLengthKind
{
    /// <summary>n' = n: the pre-expert layer recomputes attention but does not shorten the sequence.</summary>
    Same,

    /// <summary>n' = n/E: the sequence shrinks with the number of sections (E must divide n).</summary>
    DividedByExpertCount,

    /// <summary>n' is a fixed number of tokens, 1 ≤ n' ≤ n.</summary>
    Fixed,
}

/// <summary>The reduced sequence length n' as a rule of E.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="FixedTokens">n' when <see cref="Kind"/> is <see cref="ReducedLengthKind.Fixed"/>.</param>
public sealed record ReducedLength(ReducedLengthKind Kind, long FixedTokens = 0)
{
    public static readonly ReducedLength Same = new(ReducedLengthKind.Same);
    public static readonly ReducedLength DividedByExpertCount = new(ReducedLengthKind.DividedByExpertCount);
    public static ReducedLength Fixed(long tokens) => new(ReducedLengthKind.Fixed, tokens);

    /// <summary>n' as a polynomial in E for a layer over <paramref name="sequenceTokens"/> tokens.</summary>
    public ExpertCountPolynomial TokensPolynomial(long sequenceTokens) => Kind switch
    {
        ReducedLengthKind.Same => ExpertCountPolynomial.Constant(sequenceTokens),
        ReducedLengthKind.DividedByExpertCount => ExpertCountPolynomial.Term(sequenceTokens, -1),
        _ => ExpertCountPolynomial.Constant(FixedTokens),
    };

    public override string ToString() => Kind switch
    {
        ReducedLengthKind.Same => "n",
        ReducedLengthKind.DividedByExpertCount => "n/E",
        _ => FixedTokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// One sectional MoE layer (seed 002's architecture, stated exactly), for one sequence of n tokens:
/// <list type="number">
/// <item>optional pre-expert attention over the n tokens producing n' tokens (queries from n', keys and
/// values from n; with n' = n this is ordinary self-attention), with output projection;</item>
/// <item>the d coordinates split into E contiguous sections of width w = d/E, section s going to expert s
/// (a fixed slice-to-expert assignment: there is no router);</item>
/// <item>each expert an FFN of hidden width r·w (or a transformer block with its own attention and that FFN)
/// on its w coordinates of the n' tokens;</item>
/// <item>merge by concatenation, optionally followed by a d×d mixing projection;</item>
/// <item>up-sampling back to n tokens (repeat, or cross-attention when n' &lt; n).</item>
/// </list>
/// Counts ignore biases, norms, softmax and activation functions (they are O(n·d) or O(n·n') element-wise
/// work, not multiply-accumulates); the report says so.
/// </summary>
/// <param name="ModelWidth">d (the paper's d0): embedding width of the layer.</param>
/// <param name="SequenceTokens">n (the paper's L): tokens in the sequence.</param>
/// <param name="FfnRatio">r: FFN hidden width as a multiple of its input width (r·d dense, r·d/E per section).</param>
/// <param name="FfnMatrices">2 for a plain FFN (up, down), 3 for a gated one (gate, up, down: SwiGLU).</param>
/// <param name="HasPreExpertLayer">Whether the pre-expert attention layer is present.</param>
/// <param name="ExpertKind">FFN-only experts or small transformer blocks.</param>
/// <param name="HasMixingProjection">Whether a d×d projection mixes the sections after the merge.</param>
/// <param name="Upsampling">How n' tokens become n again (irrelevant when n' = n).</param>
/// <param name="PreExpertHeads">Heads of the pre-expert (and up-sampling) attention; must divide d.</param>
/// <param name="SectionHeads">Heads of each section's attention (transformer-block experts); must divide d/E.</param>
/// <param name="BytesPerElement">Bytes per weight and activation element (2 for bf16).</param>
public sealed record SectionalSpec(
    long ModelWidth,
    long SequenceTokens,
    double FfnRatio = 4,
    int FfnMatrices = 2,
    bool HasPreExpertLayer = true,
    SectionExpertKind ExpertKind = SectionExpertKind.Ffn,
    bool HasMixingProjection = false,
    UpsamplingKind Upsampling = UpsamplingKind.Repeat,
    int PreExpertHeads = 32,
    int SectionHeads = 1,
    int BytesPerElement = 2)
{
    /// <summary>n' as a rule of E; defaults to n' = n.</summary>
    public ReducedLength ReducedLength { get; init; } = ReducedLength.Same;

    /// <summary>Whether the layer ever shortens the sequence (so that up-sampling does work).</summary>
    public bool ReducesSequence => ReducedLength.Kind switch
    {
        ReducedLengthKind.Same => false,
        ReducedLengthKind.Fixed => ReducedLength.FixedTokens < SequenceTokens,
        _ => true,
    };

    /// <summary>Checks every field, naming the offending one (CLI option names are the field names).</summary>
    public SectionalSpec Validate()
    {
        Preconditions.Positive(ModelWidth, "d");
        Preconditions.Positive(SequenceTokens, "seq");
        Preconditions.Positive(FfnRatio, "ffn-ratio");
        Preconditions.InRange(FfnMatrices, 2, 3, "ffn-matrices");
        Preconditions.Positive(PreExpertHeads, "pre-heads");
        Preconditions.Positive(SectionHeads, "section-heads");
        Preconditions.Positive(BytesPerElement, "bytes-per-element");
        if (HasPreExpertLayer || Upsampling == UpsamplingKind.CrossAttention)
            Preconditions.That(ModelWidth % PreExpertHeads == 0,
                $"{PreExpertHeads} heads do not divide d = {ModelWidth}", "pre-heads");
        if (ReducedLength.Kind == ReducedLengthKind.Fixed)
            Preconditions.InRange(ReducedLength.FixedTokens, 1, SequenceTokens, "reduced-seq");
        Preconditions.That(HasPreExpertLayer || !ReducesSequence,
            "a shorter sequence (n' < n) needs the pre-expert layer that produces it", "reduced-seq");
        return this;
    }

    /// <summary>
    /// Why <paramref name="expertCount"/> sections cannot be built, or null when they can: E must divide d,
    /// n/E must be whole when n' = n/E, and each section's heads must divide its width.
    /// </summary>
    public string? DivisibilityProblem(long expertCount)
    {
        if (expertCount < 1) return "E must be at least 1";
        if (ModelWidth % expertCount != 0) return $"E = {expertCount} does not divide d = {ModelWidth}";
        if (ReducedLength.Kind == ReducedLengthKind.DividedByExpertCount && SequenceTokens % expertCount != 0)
            return $"E = {expertCount} does not divide n = {SequenceTokens} (n' = n/E)";
        long width = ModelWidth / expertCount;
        if (ExpertKind == SectionExpertKind.TransformerBlock && width % SectionHeads != 0)
            return $"{SectionHeads} section heads do not divide the section width d/E = {width}";
        return null;
    }
}
