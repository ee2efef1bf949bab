using System.Numerics;

namespace MoeLab.Engine.Layers;

/// <summary>
/// Rotary position embedding (RoPE), rotating each adjacent pair (2i, 2i+1) of a head by angle t·θ^(−2i/d).
/// The rotation is orthogonal, so the backward pass is the same rotation with the angle negated.
/// </summary>
public sealed class Rotary<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _cos, _sin;

    public Rotary(int maxPositions, int headDim, double theta)
    {
        if (headDim % 2 != 0) throw new ArgumentException($"rotary needs an even head dimension, got {headDim}");
        MaxPositions = maxPositions;
        HeadDim = headDim;
        var half = headDim / 2;
        _cos = new T[maxPositions * half];
        _sin = new T[maxPositions * half];
        for (var t = 0; t < maxPositions; t++)
        for (var i = 0; i < half; i++)
        {
            var angle = t * Math.Pow(theta, -2.0 * i / headDim);
            _cos[t * half + i] = T.CreateChecked(Math.Cos(angle));
            _sin[t * half + i] = T.CreateChecked(Math.Sin(angle));
        }
    }

    public int MaxPositions { get; }
    public int HeadDim { get; }

    /// <summary>Rotates x (B, T, H, hd) in place; <paramref name="inverse"/> rotates back (the backward pass).</summary>
    public void Apply(Span<T> x, int b, int t, int heads, bool inverse = false, int positionOffset = 0)
    {
        var half = HeadDim / 2;
        for (var bi = 0; bi < b; bi++)
        for (var ti = 0; ti < t; ti++)
        {
            var pos = ti + positionOffset;
            var cs = _cos.AsSpan(pos * half, half);
            var sn = _sin.AsSpan(pos * half, half);
            for (var h = 0; h < heads; h++)
            {
                var v = x.Slice(((bi * t + ti) * heads + h) * HeadDim, HeadDim);
                for (var i = 0; i < half; i++)
                {
                    var s = inverse ? -sn[i] : sn[i];
                    var x0 = v[2 * i];
                    var x1 = v[2 * i + 1];
                    v[2 * i] = x0 * cs[i] - x1 * s;
                    v[2 * i + 1] = x0 * s + x1 * cs[i];
                }
            }
        }
    }
}
