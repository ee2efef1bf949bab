using MoeLab.Engine.Layers;
using static MoeLab.Engine.Tests.GradientCheck;

namespace MoeLab.Engine.Tests;

/// <summary>Every layer's backward pass against central finite differences of its forward pass, in float64.</summary>
public sealed class LayerGradientTests
{
    [Fact]
    public void RmsNorm_Backward_MatchesFiniteDifferences()
    {
        const int n = 3, c = 7;
        var x = Random(n * c, 1);
        var w = Random(c, 2);
        var probe = Random(n * c, 3);
        double Loss()
        {
            var y = new double[n * c];
            RmsNorm.Forward<double>(y, new double[n], x, w, n, c, 1e-5);
            return Dot(y, probe);
        }
        var yy = new double[n * c];
        var rstd = new double[n];
        RmsNorm.Forward<double>(yy, rstd, x, w, n, c, 1e-5);
        var dx = new double[n * c];
        var dw = new double[c];
        RmsNorm.Backward<double>(dx, dw, probe, x, w, rstd, n, c);
        Assert("dx", x, dx, Loss, Enumerable.Range(0, n * c));
        Assert("dw", w, dw, Loss, Enumerable.Range(0, c));
    }

    [Fact]
    public void Rotary_InverseAfterForward_RestoresInput()
    {
        var rotary = new Rotary<double>(8, 6, 10000);
        var x = Random(2 * 8 * 3 * 6, 4);
        var y = (double[])x.Clone();
        rotary.Apply(y, 2, 8, 3);
        Xunit.Assert.NotEqual(x, y);
        rotary.Apply(y, 2, 8, 3, inverse: true);
        for (var i = 0; i < x.Length; i++) Xunit.Assert.Equal(x[i], y[i], 1e-12);
    }

    [Fact]
    public void Rotary_Backward_MatchesFiniteDifferences()
    {
        var rotary = new Rotary<double>(5, 4, 100);
        var x = Random(5 * 2 * 4, 5);
        var probe = Random(x.Length, 6);
        double Loss()
        {
            var y = (double[])x.Clone();
            rotary.Apply(y, 1, 5, 2);
            return Dot(y, probe);
        }
        var dx = (double[])probe.Clone();
        rotary.Apply(dx, 1, 5, 2, inverse: true);
        Assert("dx", x, dx, Loss, Enumerable.Range(0, x.Length));
    }

    [Theory]
    [InlineData(4, 4)] // multi-head
    [InlineData(4, 2)] // grouped-query
    [InlineData(2, 1)] // multi-query
    public void CausalAttention_Backward_MatchesFiniteDifferences(int nh, int nkv)
    {
        const int b = 2, t = 5, hd = 4;
        var q = Random(b * t * nh * hd, 7);
        var k = Random(b * t * nkv * hd, 8);
        var v = Random(b * t * nkv * hd, 9);
        var probe = Random(b * t * nh * hd, 10);
        double Loss()
        {
            var o = new double[b * t * nh * hd];
            CausalAttention.Forward<double>(o, new double[b * nh * t * t], q, k, v, b, t, nh, nkv, hd);
            return Dot(o, probe);
        }
        var output = new double[b * t * nh * hd];
        var att = new double[b * nh * t * t];
        CausalAttention.Forward<double>(output, att, q, k, v, b, t, nh, nkv, hd);
        var (dq, dk, dv) = (new double[q.Length], new double[k.Length], new double[v.Length]);
        CausalAttention.Backward<double>(dq, dk, dv, probe, att, q, k, v, b, t, nh, nkv, hd);
        Assert("dq", q, dq, Loss, Enumerable.Range(0, q.Length));
        Assert("dk", k, dk, Loss, Enumerable.Range(0, k.Length));
        Assert("dv", v, dv, Loss, Enumerable.Range(0, v.Length));
    }

    [Fact]
    public void CausalAttention_FutureTokens_DoNotChangeEarlierOutputs()
    {
        const int t = 6, hd = 4;
        var q = Random(t * hd, 11);
        var k = Random(t * hd, 12);
        var v = Random(t * hd, 13);
        var before = new double[t * hd];
        CausalAttention.Forward<double>(before, new double[t * t], q, k, v, 1, t, 1, 1, hd);
        k[(t - 1) * hd] += 5; v[(t - 1) * hd] += 5;
        var after = new double[t * hd];
        CausalAttention.Forward<double>(after, new double[t * t], q, k, v, 1, t, 1, 1, hd);
        Xunit.Assert.Equal(before[..((t - 1) * hd)], after[..((t - 1) * hd)]);
        Xunit.Assert.NotEqual(before[(t - 1) * hd], after[(t - 1) * hd]);
    }

    [Fact]
    public void SwiGlu_Backward_MatchesFiniteDifferences()
    {
        const int n = 4, c = 5, h = 6;
        var x = Random(n * c, 14);
        var (w1, w3, w2) = (Random(h * c, 15), Random(h * c, 16), Random(c * h, 17));
        var probe = Random(n * c, 18);
        double Loss()
        {
            var o = new double[n * c];
            SwiGlu.Forward<double>(o, new double[n * h], new double[n * h], new double[n * h], x, w1, w3, w2, n, c, h);
            return Dot(o, probe);
        }
        var (h1, h3, act, output) = (new double[n * h], new double[n * h], new double[n * h], new double[n * c]);
        SwiGlu.Forward<double>(output, h1, h3, act, x, w1, w3, w2, n, c, h);
        var (dx, dw1, dw3, dw2) = (new double[x.Length], new double[w1.Length], new double[w3.Length], new double[w2.Length]);
        SwiGlu.Backward<double>(dx, dw1, dw3, dw2, probe, x, h1, h3, act, w1, w3, w2, new double[2 * n * h], n, c, h);
        Assert("dx", x, dx, Loss, Enumerable.Range(0, x.Length));
        Assert("dw1", w1, dw1, Loss, Enumerable.Range(0, w1.Length));
        Assert("dw3", w3, dw3, Loss, Enumerable.Range(0, w3.Length));
        Assert("dw2", w2, dw2, Loss, Enumerable.Range(0, w2.Length));
    }

    [Fact]
    public void TopKRouter_BackwardWithAuxiliaryLosses_MatchesFiniteDifferences()
    {
        const int n = 6, c = 4, e = 5, k = 2;
        const double aux = 0.3, z = 0.2; // large coefficients so both auxiliary gradients matter in the check
        var x = Random(n * c, 19);
        var wr = Random(e * c, 20);
        var probe = Random(n * k, 21);
        double Loss()
        {
            var gates = new double[n * k];
            var losses = TopKRouter.Forward<double>(new double[n * e], new double[n * e], new double[n], new int[n * k], gates,
                new double[e], x, wr, n, c, e, k, aux, z);
            return Dot(gates, probe) + losses.LoadBalanceLoss + losses.ZLoss;
        }
        var (logits, probs, lse, experts, g, load) = (new double[n * e], new double[n * e], new double[n], new int[n * k], new double[n * k], new double[e]);
        TopKRouter.Forward<double>(logits, probs, lse, experts, g, load, x, wr, n, c, e, k, aux, z);
        var (dx, dwr) = (new double[x.Length], new double[wr.Length]);
        TopKRouter.Backward<double>(dx, dwr, probe, probs, lse, experts, g, load, x, wr, new double[n * e], n, c, e, k, aux, z, lossScale: 1);
        Assert("dx", x, dx, Loss, Enumerable.Range(0, x.Length));
        Assert("dwr", wr, dwr, Loss, Enumerable.Range(0, wr.Length));
    }

    [Fact]
    public void TopKRouter_Gates_AreRenormalisedTopKOfSoftmax()
    {
        const int n = 3, c = 4, e = 6, k = 3;
        var x = Random(n * c, 22);
        var wr = Random(e * c, 23);
        var (logits, probs, lse, experts, gates, load) = (new double[n * e], new double[n * e], new double[n], new int[n * k], new double[n * k], new double[e]);
        TopKRouter.Forward<double>(logits, probs, lse, experts, gates, load, x, wr, n, c, e, k, 0, 0);
        for (var i = 0; i < n; i++)
        {
            var row = probs.AsSpan(i * e, e).ToArray();
            var bruteForce = Enumerable.Range(0, e).OrderByDescending(j => row[j]).ThenBy(j => j).Take(k).ToArray();
            Xunit.Assert.Equal(bruteForce, experts.AsSpan(i * k, k).ToArray());
            var kept = bruteForce.Sum(j => row[j]);
            for (var s = 0; s < k; s++) Xunit.Assert.Equal(row[bruteForce[s]] / kept, gates[i * k + s], 1e-14);
        }
        Xunit.Assert.Equal(1.0, load.Sum(), 1e-12);
    }

    [Fact]
    public void TopKRouter_UniformRouting_LoadBalanceLossEqualsCoefficient()
    {
        // Zero router weights: every probability 1/E, P_e = 1/E, Σ f_e = 1 ⇒ α·E·Σ f_e/E = α exactly (Switch's minimum).
        const int n = 8, c = 3, e = 4, k = 2;
        var losses = TopKRouter.Forward<double>(new double[n * e], new double[n * e], new double[n], new int[n * k], new double[n * k],
            new double[e], Random(n * c, 24), new double[e * c], n, c, e, k, auxCoef: 0.01, zCoef: 1.0);
        Xunit.Assert.Equal(0.01, losses.LoadBalanceLoss, 1e-15);
        Xunit.Assert.Equal(Math.Log(e) * Math.Log(e), losses.ZLoss, 1e-12); // lse of equal zero logits = ln E
    }

    [Theory]
    [InlineData(4, 2, 0)]
    [InlineData(6, 3, 1)] // with a shared expert
    [InlineData(3, 1, 2)]
    public void MoeFeedForward_Backward_MatchesFiniteDifferences(int e, int k, int shared)
    {
        const int n = 7, c = 4, h = 3;
        const double aux = 0.1, z = 0.05;
        var x = Random(n * c, 25);
        var router = Random(e * c, 26, 2.0);
        var (w1, w3, w2) = (Random(e * h * c, 27), Random(e * h * c, 28), Random(e * c * h, 29));
        var (s1, s3, s2) = (Random(shared * h * c, 30), Random(shared * h * c, 31), Random(c * shared * h, 32));
        var probe = Random(n * c, 33);
        var layer = new MoeFeedForward<double>(n, c, e, k, h, shared);
        double Loss()
        {
            var o = new double[n * c];
            var losses = layer.Forward(o, x, new MoeWeights<double>(router, w1, w3, w2, s1, s3, s2), aux, z);
            return Dot(o, probe) + losses.LoadBalanceLoss + losses.ZLoss;
        }
        var output = new double[n * c];
        layer.Forward(output, x, new MoeWeights<double>(router, w1, w3, w2, s1, s3, s2), aux, z);
        var g = (router: new double[router.Length], w1: new double[w1.Length], w3: new double[w3.Length], w2: new double[w2.Length],
            s1: new double[s1.Length], s3: new double[s3.Length], s2: new double[s2.Length]);
        var dx = new double[x.Length];
        layer.Backward(dx, new MoeWeights<double>(g.router, g.w1, g.w3, g.w2, g.s1, g.s3, g.s2), probe, x,
            new MoeWeights<double>(router, w1, w3, w2, s1, s3, s2), aux, z, lossScale: 1);
        Assert("dx", x, dx, Loss, Enumerable.Range(0, x.Length));
        Assert("drouter", router, g.router, Loss, Enumerable.Range(0, router.Length));
        Assert("dw1", w1, g.w1, Loss, Enumerable.Range(0, w1.Length));
        Assert("dw3", w3, g.w3, Loss, Enumerable.Range(0, w3.Length));
        Assert("dw2", w2, g.w2, Loss, Enumerable.Range(0, w2.Length));
        if (shared > 0)
        {
            Assert("dshared1", s1, g.s1, Loss, Enumerable.Range(0, s1.Length));
            Assert("dshared2", s2, g.s2, Loss, Enumerable.Range(0, s2.Length));
        }
    }

    [Fact]
    public void CrossEntropyAndEmbedding_Backward_MatchFiniteDifferences()
    {
        const int n = 4, v = 6, c = 3;
        int[] tokens = [1, 5, 1, 0], targets = [2, 0, 5, 5];
        var wte = Random(v * c, 34);
        var head = Random(v * c, 35);
        double Loss()
        {
            var x = new double[n * c];
            Embedding.Forward<double>(x, tokens, wte, c);
            var logits = new double[n * v];
            Linear.Forward<double>(logits, x, head, n, c, v);
            return CrossEntropy.Forward<double>(logits, targets, n, v, new double[n]);
        }
        var xs = new double[n * c];
        Embedding.Forward<double>(xs, tokens, wte, c);
        var probs = new double[n * v];
        Linear.Forward<double>(probs, xs, head, n, c, v);
        CrossEntropy.Forward<double>(probs, targets, n, v, new double[n]);
        var dlogits = new double[n * v];
        CrossEntropy.Backward<double>(dlogits, probs, targets, n, v, 1.0);
        var (dx, dhead, dwte) = (new double[n * c], new double[head.Length], new double[wte.Length]);
        Linear.Backward<double>(dx, dhead, dlogits, xs, head, n, c, v);
        Embedding.Backward<double>(dwte, dx, tokens, c);
        Assert("dhead", head, dhead, Loss, Enumerable.Range(0, head.Length));
        Assert("dwte", wte, dwte, Loss, Enumerable.Range(0, wte.Length));
    }
}
