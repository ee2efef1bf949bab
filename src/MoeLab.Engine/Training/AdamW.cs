using System.Numerics;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>AdamW hyper-parameters (decoupled weight decay, applied to matrices only).</summary>
public sealed record AdamWSettings(double Beta1 = 0.9, double Beta2 = 0.95, double Epsilon = 1e-8, double WeightDecay = 0.1);

/// <summary>
/// AdamW over the flat parameter array: one loop, with the two moment arrays laid out exactly like the parameters
/// (so a checkpoint stores them under the parameters' names).
/// </summary>
public sealed class AdamW<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public AdamW(ParameterLayout layout, AdamWSettings settings)
    {
        Layout = layout;
        Settings = settings;
        FirstMoment = new T[layout.TotalParameters];
        SecondMoment = new T[layout.TotalParameters];
    }

    public ParameterLayout Layout { get; }
    public AdamWSettings Settings { get; }
    public T[] FirstMoment { get; }
    public T[] SecondMoment { get; }
    /// <summary>Updates taken so far (bias correction uses it).</summary>
    public long Step { get; set; }

    public void Update(T[] parameters, T[] gradients, double learningRate, double gradientScale = 1.0)
    {
        Step++;
        var s = Settings;
        var b1 = T.CreateChecked(s.Beta1);
        var b2 = T.CreateChecked(s.Beta2);
        var oneMinusB1 = T.One - b1;
        var oneMinusB2 = T.One - b2;
        var correction1 = T.CreateChecked(1 - Math.Pow(s.Beta1, Step));
        var correction2 = T.CreateChecked(1 - Math.Pow(s.Beta2, Step));
        var lr = T.CreateChecked(learningRate);
        var eps = T.CreateChecked(s.Epsilon);
        var scale = T.CreateChecked(gradientScale);
        // An indexed loop: foreach over the IReadOnlyList would box its enumerator on every step.
        var slots = Layout.Slots;
        for (var index = 0; index < slots.Count; index++)
        {
            var slot = slots[index];
            var decay = slot.DecaysWeights ? T.CreateChecked(s.WeightDecay) : T.Zero;
            var p = slot.Of(parameters);
            var g = slot.Of(gradients);
            var m = slot.Of(FirstMoment);
            var v = slot.Of(SecondMoment);
            // Vector<T> lanes apply exactly the scalar loop's operations in the same order (no fused multiply-add),
            // so the update is bit-identical to the scalar one, only several elements at a time.
            var w = Vector<T>.Count;
            var i = 0;
            if (p.Length >= w)
            {
                var (vb1, vb2, v1b1, v1b2) = (new Vector<T>(b1), new Vector<T>(b2), new Vector<T>(oneMinusB1), new Vector<T>(oneMinusB2));
                var (vc1, vc2, vlr, veps, vscale, vdecay) = (new Vector<T>(correction1), new Vector<T>(correction2), new Vector<T>(lr),
                    new Vector<T>(eps), new Vector<T>(scale), new Vector<T>(decay));
                for (; i + w <= p.Length; i += w)
                {
                    var grad = new Vector<T>(g[i..]) * vscale;
                    var mi = vb1 * new Vector<T>(m[i..]) + v1b1 * grad;
                    var vi = vb2 * new Vector<T>(v[i..]) + v1b2 * grad * grad;
                    mi.CopyTo(m[i..]);
                    vi.CopyTo(v[i..]);
                    var pi = new Vector<T>(p[i..]);
                    (pi - vlr * (mi / vc1 / (Vector.SquareRoot(vi / vc2) + veps) + vdecay * pi)).CopyTo(p[i..]);
                }
            }
            for (; i < p.Length; i++)
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
