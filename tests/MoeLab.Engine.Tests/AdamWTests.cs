using System.Numerics;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>The vectorised AdamW against the plain scalar loop it replaced: the same bits, not just close.</summary>
public sealed class AdamWTests
{
    [Fact]
    public void AdamW_Float_BitIdenticalToScalarLoop() => AssertBitIdentical<float>();

    [Fact]
    public void AdamW_Double_BitIdenticalToScalarLoop() => AssertBitIdentical<double>();

    private static void AssertBitIdentical<T>() where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Slots of many lengths (norm gains, odd matrices) so both the vector body and the scalar tail run.
        var layout = new ParameterLayout(TinyModels.Moe() with { ModelDim = 20, Heads = 2, KvHeads = 2, ExpertHidden = 13 });
        var settings = new AdamWSettings(WeightDecay: 0.1);
        var rng = new Random(5);
        T Next() => T.CreateChecked(rng.NextDouble() * 2 - 1);
        var parameters = Enumerable.Range(0, (int)layout.TotalParameters).Select(_ => Next()).ToArray();
        var reference = (T[])parameters.Clone();
        var optimizer = new AdamW<T>(layout, settings);
        var (m, v) = (new T[layout.TotalParameters], new T[layout.TotalParameters]);
        for (var step = 1; step <= 6; step++)
        {
            var gradients = Enumerable.Range(0, (int)layout.TotalParameters).Select(_ => Next()).ToArray();
            var (lr, scale) = (1e-3 * step, step % 2 == 0 ? 0.37 : 1.0);
            optimizer.Update(parameters, gradients, lr, scale);
            ScalarUpdate(layout, settings, step, reference, gradients, m, v, lr, scale);
            Assert.Equal(Bits(reference), Bits(parameters));
            Assert.Equal(Bits(m), Bits(optimizer.FirstMoment));
            Assert.Equal(Bits(v), Bits(optimizer.SecondMoment));
        }
    }

    private static long[] Bits<T>(T[] values) where T : unmanaged, IFloatingPointIeee754<T> =>
        values.Select(x => typeof(T) == typeof(float) ? BitConverter.SingleToInt32Bits(float.CreateChecked(x)) : BitConverter.DoubleToInt64Bits(double.CreateChecked(x))).ToArray();

    /// <summary>The update as it was written before it was vectorised (AdamW.cs before the speed work).</summary>
    private static void ScalarUpdate<T>(ParameterLayout layout, AdamWSettings s, long step, T[] parameters, T[] gradients, T[] first, T[] second,
        double learningRate, double gradientScale) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var b1 = T.CreateChecked(s.Beta1);
        var b2 = T.CreateChecked(s.Beta2);
        var oneMinusB1 = T.One - b1;
        var oneMinusB2 = T.One - b2;
        var correction1 = T.CreateChecked(1 - Math.Pow(s.Beta1, step));
        var correction2 = T.CreateChecked(1 - Math.Pow(s.Beta2, step));
        var lr = T.CreateChecked(learningRate);
        var eps = T.CreateChecked(s.Epsilon);
        var scale = T.CreateChecked(gradientScale);
        foreach (var slot in layout.Slots)
        {
            var decay = slot.DecaysWeights ? T.CreateChecked(s.WeightDecay) : T.Zero;
            var p = slot.Of(parameters);
            var g = slot.Of(gradients);
            var m = slot.Of(first);
            var v = slot.Of(second);
            for (var i = 0; i < p.Length; i++)
            {
                var grad = g[i] * scale;
                m[i] = b1 * m[i] + oneMinusB1 * grad;
                v[i] = b2 * v[i] + oneMinusB2 * grad * grad;
                var mHat = m[i] / correction1;
                var vHat = v[i] / correction2;
                p[i] -= lr * (mHat / (T.Sqrt(vHat) + eps) + decay * p[i]);
            }
        }
    }
}
