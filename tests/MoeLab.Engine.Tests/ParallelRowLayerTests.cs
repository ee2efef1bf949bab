using MoeLab.Engine.Layers;

namespace MoeLab.Engine.Tests;

/// <summary>
/// RMSNorm and cross-entropy run their rows (and RMSNorm's gain gradient, its columns) in parallel blocks with vector
/// arithmetic. Checked here against the plain row-by-row scalar formulas, written out again in the test, at shapes
/// that leave ragged blocks and vector tails (rows not a multiple of the block, widths not a multiple of the lanes),
/// and for repeatability: the same call twice gives the same bits whichever threads ran which block.
/// </summary>
public sealed class ParallelRowLayerTests
{
    private const int N = 203, C = 77, V = 131;

    [Fact]
    public void RmsNorm_MatchesTheScalarFormula_AcrossRaggedBlocks()
    {
        var x = Values(N * C, 1);
        var w = Values(C, 2);
        var dy = Values(N * C, 3);
        var y = new float[N * C];
        var rstd = new float[N];
        RmsNorm.Forward<float>(y, rstd, x, w, N, C, 1e-5f);
        var dx = Values(N * C, 4); // accumulated into
        var dx0 = (float[])dx.Clone();
        var dw = Values(C, 5);
        var dw0 = (float[])dw.Clone();
        RmsNorm.Backward<float>(dx, dw, dy, x, w, rstd, N, C);

        var refDw = dw0.Select(v => (double)v).ToArray();
        for (var i = 0; i < N; i++)
        {
            double sumSq = 0, dot = 0;
            for (var j = 0; j < C; j++) { sumSq += (double)x[i * C + j] * x[i * C + j]; dot += (double)dy[i * C + j] * w[j] * x[i * C + j]; }
            var r = 1 / Math.Sqrt(sumSq / C + 1e-5);
            Assert.Equal(r, rstd[i], 1e-5 * r);
            for (var j = 0; j < C; j++)
            {
                Assert.Equal(x[i * C + j] * r * w[j], y[i * C + j], 1e-5);
                var expectedDx = dx0[i * C + j] + r * w[j] * dy[i * C + j] - x[i * C + j] * dot * r * r * r / C;
                Assert.Equal(expectedDx, dx[i * C + j], 1e-4);
                refDw[j] += dy[i * C + j] * x[i * C + j] * r;
            }
        }
        for (var j = 0; j < C; j++) Assert.Equal(refDw[j], dw[j], 1e-3);
    }

    [Fact]
    public void CrossEntropy_MatchesTheScalarFormula_AndRepeatsBitForBit()
    {
        var logits = Values(N * V, 6).Select(v => 4 * v).ToArray();
        var targets = Enumerable.Range(0, N).Select(i => i * 37 % V).ToArray();
        var probs = (float[])logits.Clone();
        var loss = CrossEntropy.Forward<float>(probs, targets, N, V, new double[N]);

        var expected = 0.0;
        for (var i = 0; i < N; i++)
        {
            var row = logits.AsSpan(i * V, V).ToArray().Select(v => (double)v).ToArray();
            var max = row.Max();
            var sum = row.Sum(v => Math.Exp(v - max));
            for (var j = 0; j < V; j++) Assert.Equal(Math.Exp(row[j] - max) / sum, probs[i * V + j], 1e-6);
            expected -= Math.Log(Math.Exp(row[targets[i]] - max) / sum);
        }
        Assert.Equal(expected / N, loss, 1e-5);

        var dlogits = new float[N * V];
        CrossEntropy.Backward<float>(dlogits, probs, targets, N, V, 0.5);
        for (var i = 0; i < N; i++)
            for (var j = 0; j < V; j++)
                Assert.Equal(probs[i * V + j] * (0.5f / N) - (j == targets[i] ? 0.5f / N : 0), dlogits[i * V + j], 1e-7);

        for (var repeat = 0; repeat < 20; repeat++)
        {
            var again = (float[])logits.Clone();
            Assert.Equal(loss, CrossEntropy.Forward<float>(again, targets, N, V, new double[N]));
            Assert.Equal(probs, again);
        }
    }

    private static float[] Values(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
    }
}
