namespace MoeLab.Sectional.Tests;

public partial class SectionalCostTermsTests
{
    // (d, n, n' rule, fixed n', E, r, m): several shapes, every n' rule, plain and gated FFNs.
    public static TheoryData<long, long, string, long, long, double, int> Settings => new()
    {
        { 64, 32, "n", 0, 4, 4.0, 2 },
        { 96, 48, "n/E", 0, 3, 2.5, 2 },
        { 128, 40, "fixed", 10, 8, 4.0, 3 },
        { 256, 64, "n/E", 0, 16, 3.0, 3 },
        { 48, 12, "n", 0, 1, 8.0, 2 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void PreExpertQkv_HandExpanded_Matches(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        double expected = HandCount.MatMul(np, d, d) + HandCount.MatMul(n, d, d) + HandCount.MatMul(n, d, d);
        var term = SectionalCostTerms.PreExpertQkv(spec);
        Assert.Equal(expected, term.Macs.Evaluate(e), 9);
        Assert.Equal(3.0 * d * d, term.Params.Evaluate(e));
        Assert.Equal((double)np * d + 2.0 * n * d, term.ActivationElements.Evaluate(e), 9);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void PreExpertScores_HandExpandedOverHeads_Matches(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        var term = SectionalCostTerms.PreExpertScores(spec);
        Assert.Equal(HandCount.AttentionScoreMacs(np, n, d, spec.PreExpertHeads), term.Macs.Evaluate(e), 9);
        Assert.Equal(0, term.Params.Evaluate(e));
        Assert.Equal((double)spec.PreExpertHeads * np * n + (double)np * d, term.ActivationElements.Evaluate(e), 9);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void PreExpertOutput_HandExpanded_Matches(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        var term = SectionalCostTerms.PreExpertOutput(spec);
        Assert.Equal(HandCount.MatMul(np, d, d), term.Macs.Evaluate(e), 9);
        Assert.Equal((double)d * d, term.Params.Evaluate(e));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void SectionFfn_SumOverSections_Matches(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        long w = d / e, hidden = (long)(r * w);
        Assert.Equal(r * w, hidden); // the settings keep r·w whole, as a real layer must
        double macs = 0, parameters = 0, activations = 0;
        for (long s = 0; s < e; s++)
        {
            // m − 1 input matrices (up, and gate when gated) w → r·w, one down matrix r·w → w.
            for (int k = 0; k < m - 1; k++) { macs += HandCount.MatMul(np, w, hidden); parameters += w * hidden; activations += np * hidden; }
            macs += HandCount.MatMul(np, hidden, w);
            parameters += hidden * w;
            activations += np * w;
        }
        var term = SectionalCostTerms.SectionFfn(spec);
        Assert.Equal(macs, term.Macs.Evaluate(e), 6);
        Assert.Equal(parameters, term.Params.Evaluate(e), 6);
        Assert.Equal(activations, term.ActivationElements.Evaluate(e), 6);
        Assert.Equal(TermPlacement.PerSection, term.Placement);
        Assert.Equal(macs / e, term.CriticalPathMacs.Evaluate(e), 6);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void SectionAttention_SumOverSectionsAndHeads_Matches(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m, SectionExpertKind.TransformerBlock, sectionHeads: 2);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        long w = d / e;
        double qkv = 0, scores = 0, output = 0, qkvParams = 0, scoreActivations = 0;
        for (long s = 0; s < e; s++)
        {
            qkv += 3 * HandCount.MatMul(np, w, w);
            qkvParams += 3 * w * w;
            scores += HandCount.AttentionScoreMacs(np, np, w, spec.SectionHeads);
            scoreActivations += spec.SectionHeads * np * np + np * w;
            output += HandCount.MatMul(np, w, w);
        }
        Assert.Equal(qkv, SectionalCostTerms.SectionQkv(spec).Macs.Evaluate(e), 6);
        Assert.Equal(qkvParams, SectionalCostTerms.SectionQkv(spec).Params.Evaluate(e), 6);
        Assert.Equal(scores, SectionalCostTerms.SectionScores(spec).Macs.Evaluate(e), 6);
        Assert.Equal(scoreActivations, SectionalCostTerms.SectionScores(spec).ActivationElements.Evaluate(e), 6);
        Assert.Equal(output, SectionalCostTerms.SectionOutput(spec).Macs.Evaluate(e), 6);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void MixingAndCrossAttentionUpsampling_HandExpanded_Match(long d, long n, string rule, long fixedN, long e, double r, int m)
    {
        var spec = HandCount.Spec(d, n, rule, fixedN, r, m, mixing: true, up: UpsamplingKind.CrossAttention);
        long np = HandCount.ReducedTokens(rule, n, e, fixedN);
        Assert.Equal(HandCount.MatMul(np, d, d), SectionalCostTerms.Mixing(spec).Macs.Evaluate(e), 9);
        // Queries from the n layer inputs, keys and values from the n' merged tokens, output projection on n.
        double up = HandCount.MatMul(n, d, d) + 2 * HandCount.MatMul(np, d, d)
            + HandCount.AttentionScoreMacs(n, np, d, spec.PreExpertHeads) + HandCount.MatMul(n, d, d);
        var term = SectionalCostTerms.Upsampling(spec);
        Assert.Equal(up, term.Macs.Evaluate(e), 9);
        Assert.Equal(4.0 * d * d, term.Params.Evaluate(e));
        Assert.Equal(n * d + 2.0 * np * d + (double)spec.PreExpertHeads * n * np + 2.0 * n * d, term.ActivationElements.Evaluate(e), 9);
    }

    [Fact]
    public void Upsampling_RepeatHasNoMacs_AndIsAbsentWhenSequenceKept()
    {
        var reducing = HandCount.Spec(64, 32, "n/E", 0, 4);
        Assert.Equal(0, SectionalCostTerms.Upsampling(reducing).Macs.Evaluate(4));
        Assert.Contains(SectionalCostTerms.For(reducing), t => t.Name.StartsWith("up-sampling"));
        var keeping = HandCount.Spec(64, 32, "n", 0, 4, up: UpsamplingKind.CrossAttention);
        Assert.DoesNotContain(SectionalCostTerms.For(keeping), t => t.Name.StartsWith("up-sampling"));
    }
}
