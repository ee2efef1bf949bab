using MoeLab.Engine.Kernels;
using MoeLab.Engine.Layers;
using MoeLab.Sectional;
using static MoeLab.Engine.Tests.GradientCheck;

namespace MoeLab.Engine.Tests;

/// <summary>The sectional MoE layer (seed 002): its gradient, its E = 1 limit, and agreement with MoeLab.Sectional's counts.</summary>
public sealed class SectionalLayerTests
{
    /// <summary>Weights for a shape, each tensor from its own seed.</summary>
    private sealed class Weights(SectionalShape shape, int seed, bool zero = false)
    {
        private static double[] Make(int length, int seed, bool zero) => zero ? new double[length] : Random(length, seed);
        public readonly double[] W1 = Make(shape.Sections * shape.SectionHidden * shape.SectionWidth, seed, zero);
        public readonly double[] W3 = Make(shape.Sections * shape.SectionHidden * shape.SectionWidth, seed + 1, zero);
        public readonly double[] W2 = Make(shape.Sections * shape.SectionHidden * shape.SectionWidth, seed + 2, zero);
        public readonly double[] Mix = Make(shape.MixingProjection ? shape.ModelDim * shape.ModelDim : 0, seed + 3, zero);
        public readonly double[] Wq = Make(shape.HasPreExpertLayer ? shape.ModelDim * shape.ModelDim : 0, seed + 4, zero);
        public readonly double[] Wk = Make(shape.HasPreExpertLayer ? shape.ModelDim * shape.ModelDim : 0, seed + 5, zero);
        public readonly double[] Wv = Make(shape.HasPreExpertLayer ? shape.ModelDim * shape.ModelDim : 0, seed + 6, zero);
        public readonly double[] Wo = Make(shape.HasPreExpertLayer ? shape.ModelDim * shape.ModelDim : 0, seed + 7, zero);
        public SectionalWeights<double> View => new(W1, W3, W2, Mix, Wq, Wk, Wv, Wo);
        public IEnumerable<(string Name, double[] Values)> All =>
            [("w1", W1), ("w3", W3), ("w2", W2), ("mix", Mix), ("wq", Wq), ("wk", Wk), ("wv", Wv), ("wo", Wo)];
    }

    [Theory]
    [InlineData(1, false, 0)]
    [InlineData(2, false, 0)]
    [InlineData(4, true, 0)]  // mixing projection
    [InlineData(2, false, 2)] // pre-expert attention
    [InlineData(3, true, 3)]  // both, odd E
    public void SectionalMoeLayer_Backward_MatchesFiniteDifferences(int sections, bool mixing, int preHeads)
    {
        const int b = 2, t = 3, n = b * t;
        var d = 6 * sections / Gcd(6, sections); // lcm(6, E): divisible by E and by the 2 or 3 heads
        var shape = new SectionalShape(d, sections, 5, mixing, preHeads);
        var w = new Weights(shape, 40);
        var x = Random(n * d, 50);
        var probe = Random(n * d, 51);
        double Loss()
        {
            var o = new double[n * d];
            new SectionalMoeLayer<double>(shape, b, t).Forward(o, x, w.View);
            return Dot(o, probe);
        }
        var layer = new SectionalMoeLayer<double>(shape, b, t);
        layer.Forward(new double[n * d], x, w.View);
        var g = new Weights(shape, 0, zero: true);
        var dx = new double[x.Length];
        layer.Backward(dx, g.View, probe, x, w.View);
        GradientCheck.Assert("dx", x, dx, Loss, Enumerable.Range(0, x.Length));
        foreach (var ((name, values), (_, grad)) in w.All.Zip(g.All))
            if (values.Length > 0) GradientCheck.Assert("d" + name, values, grad, Loss, Sample(values.Length, 40, 52));
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    [Fact]
    public void SectionalMoeLayer_OneSectionNoExtras_EqualsDenseSwiGluBitForBit()
    {
        const int b = 2, t = 4, n = b * t, d = 8, h = 12;
        var shape = new SectionalShape(d, 1, h);
        var w = new Weights(shape, 60);
        var x = Random(n * d, 61);
        var probe = Random(n * d, 62);

        var layer = new SectionalMoeLayer<double>(shape, b, t);
        var sectional = new double[n * d];
        layer.Forward(sectional, x, w.View);
        var (h1, h3, act, dense) = (new double[n * h], new double[n * h], new double[n * h], new double[n * d]);
        SwiGlu.Forward<double>(dense, h1, h3, act, x, w.W1, w.W3, w.W2, n, d, h);
        Xunit.Assert.Equal(dense, sectional);

        var g = new Weights(shape, 0, zero: true);
        var dx = new double[n * d];
        layer.Backward(dx, g.View, probe, x, w.View);
        var (denseDx, dw1, dw3, dw2) = (new double[n * d], new double[w.W1.Length], new double[w.W3.Length], new double[w.W2.Length]);
        SwiGlu.Backward<double>(denseDx, dw1, dw3, dw2, probe, x, h1, h3, act, w.W1, w.W3, w.W2, new double[2 * n * h], n, d, h);
        Xunit.Assert.Equal(denseDx, dx);
        Xunit.Assert.Equal(dw1, g.W1);
        Xunit.Assert.Equal(dw3, g.W3);
        Xunit.Assert.Equal(dw2, g.W2);
    }

    [Fact]
    public void SectionalMoeLayer_Sections_DoNotMixWithoutProjection()
    {
        // The honest cost of the design: without mixing, output section s depends on input section s only.
        const int b = 1, t = 3, n = b * t, d = 8, e = 4;
        var shape = new SectionalShape(d, e, 6);
        var w = new Weights(shape, 70);
        var x = Random(n * d, 71);
        var before = new double[n * d];
        new SectionalMoeLayer<double>(shape, b, t).Forward(before, x, w.View);
        x[1 * d + 2] += 1.0; // token 1, section 1 (coordinates 2..3)
        var after = new double[n * d];
        new SectionalMoeLayer<double>(shape, b, t).Forward(after, x, w.View);
        for (var i = 0; i < n * d; i++)
        {
            var sameSection = i / d == 1 && (i % d) / (d / e) == 1;
            if (sameSection) Xunit.Assert.NotEqual(before[i], after[i]);
            else Xunit.Assert.Equal(before[i], after[i]);
        }
    }

    public static TheoryData<int, int, double, bool, bool> CountSettings => new()
    {
        { 512, 1, 4, false, false },
        { 512, 4, 4, false, false },
        { 512, 8, 2, true, false },
        { 256, 2, 3, false, true },
        { 384, 3, 4, true, true },
    };

    private static SectionalSpec Spec(int d, int t, double r, bool mixing, bool pre, int heads) =>
        new(d, t, FfnRatio: r, FfnMatrices: 3, HasPreExpertLayer: pre, HasMixingProjection: mixing, PreExpertHeads: heads);

    [Theory]
    [MemberData(nameof(CountSettings))]
    public void SectionalMoeLayer_Parameters_EqualSectionalCostTerms(int d, int e, double r, bool mixing, bool pre)
    {
        var shape = new SectionalShape(d, e, checked((int)(r * d / e)), mixing, pre ? 8 : 0);
        var spec = Spec(d, 16, r, mixing, pre, 8);
        var predicted = SectionalCostTerms.For(spec).Sum(term => term.Params.Evaluate(e));
        var w = new Weights(shape, 0, zero: true);
        Xunit.Assert.Equal(predicted, w.All.Sum(p => (double)p.Values.Length));
        Xunit.Assert.Equal((long)predicted, shape.Parameters);
    }

    [Theory]
    [InlineData(64, 1, 4, false, false)]
    [InlineData(64, 4, 4, false, false)]
    [InlineData(64, 8, 2, true, false)]
    [InlineData(48, 3, 4, true, true)]
    [InlineData(64, 2, 3, false, true)]
    public void SectionalMoeLayer_CountedForwardFlops_EqualSectionalMacsTimesTwo(int d, int e, double r, bool mixing, bool pre)
    {
        // Excluded from both sides: RMSNorm, SiLU and the gate product, softmax, gather/scatter copies (element-wise,
        // O(n·d) or O(n²) work, not multiply-accumulates). One difference is real and stated: MoeLab.Sectional costs the
        // pre-expert scores over all n'·n pairs, the engine's causal attention computes only the n(n+1)/2 unmasked ones.
        const int b = 2, t = 16;
        const int heads = 4;
        var shape = new SectionalShape(d, e, checked((int)(r * d / e)), mixing, pre ? heads : 0);
        var spec = Spec(d, t, r, mixing, pre, heads);
        var flops = new FlopCounter();
        var layer = new SectionalMoeLayer<double>(shape, b, t);
        layer.Forward(new double[b * t * d], Random(b * t * d, 80), new Weights(shape, 81).View, flops);

        var terms = SectionalCostTerms.For(spec);
        var macsPerSequence = terms.Sum(term => term.Macs.Evaluate(e));
        var predicted = 2 * b * macsPerSequence;
        if (pre)
        {
            var fullScores = 2 * b * SectionalCostTerms.PreExpertScores(spec).Macs.Evaluate(e);
            var causalScores = 4.0 * (d / heads) * heads * b * (t * (t + 1) / 2.0); // hand-expanded: QKᵀ and A·V over t(t+1)/2 pairs
            predicted += causalScores - fullScores;
        }
        Xunit.Assert.InRange(flops.ForwardFlops / predicted, 0.99, 1.01);
        Xunit.Assert.Equal(predicted, flops.ForwardFlops, 1e-6 * predicted); // in fact exact
    }
}
