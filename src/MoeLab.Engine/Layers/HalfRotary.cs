namespace MoeLab.Engine.Layers;

/// <summary>
/// Rotary position embedding in Hugging Face's "rotate_half" layout: element i of a head pairs with element
/// i + hd/2 and both turn by angle t·θ^(−2i/hd). Same rotation as <see cref="Rotary{T}"/> on a permuted head; HF
/// checkpoints permute their q/k projections for this layout, so it must be applied as is, not converted.
/// </summary>
public sealed class HalfRotary
{
    private readonly float[] _cos, _sin;

    public HalfRotary(int maxPositions, int headDim, double theta)
    {
        if (headDim % 2 != 0) throw new ArgumentException($"rotary needs an even head dimension, got {headDim}");
        (MaxPositions, HeadDim) = (maxPositions, headDim);
        var half = headDim / 2;
        _cos = new float[maxPositions * half];
        _sin = new float[maxPositions * half];
        for (var t = 0; t < maxPositions; t++)
        for (var i = 0; i < half; i++)
        {
            var angle = t * Math.Pow(theta, -2.0 * i / headDim);
            _cos[t * half + i] = (float)Math.Cos(angle);
            _sin[t * half + i] = (float)Math.Sin(angle);
        }
    }

    public int MaxPositions { get; }
    public int HeadDim { get; }

    /// <summary>Rotates one token's heads x (heads, hd) in place for position <paramref name="position"/>.</summary>
    public void Apply(Span<float> x, int heads, int position)
    {
        var half = HeadDim / 2;
        var cs = _cos.AsSpan(position * half, half);
        var sn = _sin.AsSpan(position * half, half);
        for (var h = 0; h < heads; h++)
        {
            var v = x.Slice(h * HeadDim, HeadDim);
            for (var i = 0; i < half; i++)
            {
                var (x0, x1) = (v[i], v[i + half]);
                v[i] = x0 * cs[i] - x1 * sn[i];
                v[i + half] = x1 * cs[i] + x0 * sn[i];
            }
        }
    }
}
