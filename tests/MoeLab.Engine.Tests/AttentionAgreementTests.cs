using MoeLab.Engine.Layers;

namespace MoeLab.Engine.Tests;

/// <summary>
/// The matrix-product attention against the loop reference (<see cref="CausalAttentionLoops"/>, written the obvious
/// way): the same outputs, saved weights and gradients, for multi-head, grouped-query and multi-query heads, sizes
/// that do and do not fill a SIMD vector, and gradients that must be added to what is already there.
/// </summary>
public sealed class AttentionAgreementTests
{
    [Theory]
    [InlineData(2, 7, 4, 4, 4)]
    [InlineData(3, 33, 4, 2, 16)]
    [InlineData(1, 64, 6, 1, 12)]
    [InlineData(2, 128, 8, 2, 32)] // large enough to run on several threads
    public void GemmAttention_MatchesTheLoopReference_ForwardAndBackward(int b, int t, int nh, int nkv, int hd)
    {
        var rng = new Random(b * 1000 + t);
        double[] Random(int n) => [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 2 - 1)];
        var (q, k, v, dout) = (Random(b * t * nh * hd), Random(b * t * nkv * hd), Random(b * t * nkv * hd), Random(b * t * nh * hd));

        var (o1, a1) = (new double[q.Length], new double[b * nh * t * t]);
        var (o2, a2) = (new double[q.Length], new double[b * nh * t * t]);
        CausalAttention.Forward<double>(o1, a1, q, k, v, b, t, nh, nkv, hd);
        CausalAttentionLoops.Forward<double>(o2, a2, q, k, v, b, t, nh, nkv, hd);
        AssertClose(o2, o1, "output");
        AssertClose(a2, a1, "weights");

        // Gradients are added: start both from the same non-zero values.
        var (start1, start2) = (Random(q.Length), Random(k.Length));
        var (dq1, dk1, dv1) = ((double[])start1.Clone(), (double[])start2.Clone(), (double[])start2.Clone());
        var (dq2, dk2, dv2) = ((double[])start1.Clone(), (double[])start2.Clone(), (double[])start2.Clone());
        CausalAttention.Backward<double>(dq1, dk1, dv1, dout, a1, q, k, v, b, t, nh, nkv, hd);
        CausalAttentionLoops.Backward<double>(dq2, dk2, dv2, dout, a2, q, k, v, b, t, nh, nkv, hd);
        AssertClose(dq2, dq1, "dq");
        AssertClose(dk2, dk1, "dk");
        AssertClose(dv2, dv1, "dv");
    }

    [Fact]
    public void GemmAttention_InSinglePrecision_AgreesWithTheReferenceToFloatRounding()
    {
        const int b = 2, t = 96, nh = 4, nkv = 2, hd = 16;
        var rng = new Random(5);
        float[] Random(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 2 - 1))];
        var (q, k, v) = (Random(b * t * nh * hd), Random(b * t * nkv * hd), Random(b * t * nkv * hd));
        var (o1, o2) = (new float[q.Length], new float[q.Length]);
        CausalAttention.Forward<float>(o1, new float[b * nh * t * t], q, k, v, b, t, nh, nkv, hd);
        CausalAttentionLoops.Forward<float>(o2, new float[b * nh * t * t], q, k, v, b, t, nh, nkv, hd);
        for (var i = 0; i < o1.Length; i++) Assert.True(Math.Abs(o1[i] - o2[i]) <= 1e-5, $"output[{i}]: {o1[i]} vs {o2[i]}");
    }

    private static void AssertClose(double[] expected, double[] actual, string what)
    {
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * (1 + Math.Abs(expected[i])), $"{what}[{i}]: {actual[i]} vs {expected[i]}");
    }
}
