using System.Numerics;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>The parameters of one sectional MoE layer, as views into the model's flat parameter (or gradient) array.</summary>
/// <param name="W1">(E, H, w) gate projections, expert e's block at e·H·w.</param>
/// <param name="W3">(E, H, w) up projections.</param>
/// <param name="W2">(E, w, H) down projections.</param>
/// <param name="Mix">(d, d) mixing projection after the merge, empty when absent.</param>
/// <param name="Wq">(d, d) pre-expert attention query projection, empty when absent (as are Wk, Wv, Wo).</param>
public readonly ref struct SectionalWeights<T>(Span<T> w1, Span<T> w3, Span<T> w2, Span<T> mix, Span<T> wq, Span<T> wk, Span<T> wv, Span<T> wo)
{
    public readonly Span<T> W1 = w1, W3 = w3, W2 = w2, Mix = mix, Wq = wq, Wk = wk, Wv = wv, Wo = wo;
}

/// <summary>The shape of a sectional MoE layer.</summary>
/// <param name="ModelDim">d.</param>
/// <param name="Sections">E: d splits into E contiguous sections of width w = d/E, section e goes to expert e.</param>
/// <param name="SectionHidden">H: hidden width of each section's SwiGLU (r·w for FFN ratio r).</param>
/// <param name="MixingProjection">Whether a d×d projection mixes the sections after the merge.</param>
/// <param name="PreExpertHeads">Heads of the pre-expert causal self-attention (n' = n); 0 leaves the pre-expert layer out.</param>
public sealed record SectionalShape(int ModelDim, int Sections, int SectionHidden, bool MixingProjection = false, int PreExpertHeads = 0)
{
    public int SectionWidth => ModelDim / Sections;
    public bool HasPreExpertLayer => PreExpertHeads > 0;

    /// <summary>Parameters of the layer: 3·E·H·w (experts) + d² (mixing) + 4·d² (pre-expert Q, K, V, O).</summary>
    public long Parameters => 3L * Sections * SectionHidden * SectionWidth
        + (MixingProjection ? (long)ModelDim * ModelDim : 0) + (HasPreExpertLayer ? 4L * ModelDim * ModelDim : 0);

    public SectionalShape Checked()
    {
        if (Sections < 1 || ModelDim % Sections != 0) throw new ArgumentException($"E = {Sections} sections must divide d = {ModelDim}");
        if (SectionHidden < 1) throw new ArgumentException($"section hidden width {SectionHidden} must be positive");
        if (PreExpertHeads < 0 || (HasPreExpertLayer && ModelDim % PreExpertHeads != 0))
            throw new ArgumentException($"{PreExpertHeads} pre-expert heads must divide d = {ModelDim}");
        return this;
    }
}

/// <summary>
/// Seed 002's sectional MoE layer, the variant MoeLab.Sectional costs with n' = n and FFN-only experts: optional
/// pre-expert causal self-attention (no rotary: the block's own attention already carries positions; no residual or
/// norm inside, so its cost is exactly the QKV + scores + output terms), the d coordinates split into E fixed sections
/// (no router), section e through its own SwiGLU on w = d/E coordinates, concatenation, optional d×d mixing.
/// Sections are gathered into contiguous (N, w) blocks so each expert is one matrix product, and run one after the
/// other in section order, so results do not depend on threading. With E = 1, no pre-expert layer and no mixing,
/// it computes exactly what <see cref="SwiGlu"/> computes with the same weights.
/// Holds the activations of one forward pass for its backward pass; sized once for B×T tokens.
/// </summary>
public sealed class SectionalMoeLayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int _b, _t, _n;
    private readonly T[] _xs, _ys, _h1, _h3, _act, _merged, _scratch, _dxs;
    private readonly T[] _q, _k, _v, _o, _att, _u, _dq, _dk, _dv, _do, _du;

    public SectionalMoeLayer(SectionalShape shape, int batch, int time)
    {
        Shape = shape.Checked();
        (_b, _t, _n) = (batch, time, batch * time);
        int n = _n, d = shape.ModelDim, e = shape.Sections, h = shape.SectionHidden;
        _xs = new T[n * d]; _ys = new T[n * d]; _dxs = new T[n * d]; _merged = new T[n * d];
        _h1 = new T[e * n * h]; _h3 = new T[e * n * h]; _act = new T[e * n * h];
        _scratch = new T[2 * n * h];
        var pre = shape.HasPreExpertLayer ? n * d : 0;
        _q = new T[pre]; _k = new T[pre]; _v = new T[pre]; _o = new T[pre]; _u = new T[pre];
        _dq = new T[pre]; _dk = new T[pre]; _dv = new T[pre]; _do = new T[pre]; _du = new T[pre];
        _att = new T[shape.HasPreExpertLayer ? batch * shape.PreExpertHeads * time * time : 0];
    }

    public SectionalShape Shape { get; }

    /// <param name="output">(N, d) overwritten.</param>
    /// <param name="x">(N, d) the normalised input; must stay unchanged until <see cref="Backward"/>.</param>
    public void Forward(Span<T> output, ReadOnlySpan<T> x, SectionalWeights<T> w, FlopCounter? flops = null)
    {
        var (n, d, e, sw, h) = (_n, Shape.ModelDim, Shape.Sections, Shape.SectionWidth, Shape.SectionHidden);
        ReadOnlySpan<T> input = x;
        if (Shape.HasPreExpertLayer)
        {
            int heads = Shape.PreExpertHeads, hd = d / heads;
            Linear.Forward(_q, x, w.Wq, n, d, d, flops);
            Linear.Forward(_k, x, w.Wk, n, d, d, flops);
            Linear.Forward(_v, x, w.Wv, n, d, d, flops);
            CausalAttention.Forward<T>(_o, _att, _q, _k, _v, _b, _t, heads, heads, hd);
            flops?.Add(CausalAttentionFlops(_b, _t, heads, hd));
            Linear.Forward(_u, _o, w.Wo, n, d, d, flops);
            input = _u;
        }
        Gather(_xs, input, n, d, e);
        for (var s = 0; s < e; s++)
        {
            SwiGlu.Forward(_ys.AsSpan(s * n * sw, n * sw), _h1.AsSpan(s * n * h, n * h), _h3.AsSpan(s * n * h, n * h),
                _act.AsSpan(s * n * h, n * h), _xs.AsSpan(s * n * sw, n * sw),
                w.W1.Slice(s * h * sw, h * sw), w.W3.Slice(s * h * sw, h * sw), w.W2.Slice(s * sw * h, sw * h), n, sw, h, flops);
        }
        if (Shape.MixingProjection)
        {
            Scatter(_merged, _ys, n, d, e, accumulate: false);
            Linear.Forward(output, _merged, w.Mix, n, d, d, flops);
        }
        else
        {
            Scatter(output, _ys, n, d, e, accumulate: false);
        }
    }

    /// <summary>Adds into dx (N, d) and every gradient view.</summary>
    public void Backward(Span<T> dx, SectionalWeights<T> grads, ReadOnlySpan<T> dout, ReadOnlySpan<T> x, SectionalWeights<T> w,
        FlopCounter? flops = null)
    {
        var (n, d, e, sw, h) = (_n, Shape.ModelDim, Shape.Sections, Shape.SectionWidth, Shape.SectionHidden);
        // The merge is a permutation of coordinates, so its backward is the inverse gather.
        if (Shape.MixingProjection)
        {
            var dmerged = _dxs.AsSpan(0, n * d); // borrowed: _dxs is cleared below before its own use
            dmerged.Clear();
            Linear.Backward(dmerged, grads.Mix, dout, _merged, w.Mix, n, d, d, flops);
            Gather(_ys, dmerged, n, d, e); // _ys is not needed by SwiGlu.Backward, so it holds dy now
        }
        else
        {
            Gather(_ys, dout, n, d, e);
        }
        Array.Clear(_dxs);
        for (var s = 0; s < e; s++)
        {
            SwiGlu.Backward(_dxs.AsSpan(s * n * sw, n * sw), grads.W1.Slice(s * h * sw, h * sw), grads.W3.Slice(s * h * sw, h * sw),
                grads.W2.Slice(s * sw * h, sw * h), _ys.AsSpan(s * n * sw, n * sw), _xs.AsSpan(s * n * sw, n * sw),
                _h1.AsSpan(s * n * h, n * h), _h3.AsSpan(s * n * h, n * h), _act.AsSpan(s * n * h, n * h),
                w.W1.Slice(s * h * sw, h * sw), w.W3.Slice(s * h * sw, h * sw), w.W2.Slice(s * sw * h, sw * h), _scratch, n, sw, h, flops);
        }
        if (!Shape.HasPreExpertLayer)
        {
            Scatter(dx, _dxs, n, d, e, accumulate: true);
            return;
        }
        int heads = Shape.PreExpertHeads, hd = d / heads;
        Scatter(_du, _dxs, n, d, e, accumulate: false);
        Array.Clear(_do);
        Linear.Backward(_do, grads.Wo, _du, _o, w.Wo, n, d, d, flops);
        Array.Clear(_dq); Array.Clear(_dk); Array.Clear(_dv);
        CausalAttention.Backward<T>(_dq, _dk, _dv, _do, _att, _q, _k, _v, _b, _t, heads, heads, hd);
        flops?.Add(2 * CausalAttentionFlops(_b, _t, heads, hd));
        Linear.Backward(dx, grads.Wq, _dq, x, w.Wq, n, d, d, flops);
        Linear.Backward(dx, grads.Wk, _dk, x, w.Wk, n, d, d, flops);
        Linear.Backward(dx, grads.Wv, _dv, x, w.Wv, n, d, d, flops);
    }

    /// <summary>
    /// FLOPs the engine books for causal attention scores and weighted values (the same rule as the transformer's
    /// own attention): 2 FLOPs per multiply-add over the T(T+1)/2 unmasked pairs, QKᵀ and A·V.
    /// </summary>
    public static double CausalAttentionFlops(int b, int t, int heads, int headDim) => 4.0 * headDim * (t * (t + 1) / 2.0) * b * heads;

    /// <summary>(N, d) row-major → (E, N, w): section s of every row into the contiguous block s.</summary>
    private static void Gather(Span<T> sections, ReadOnlySpan<T> rows, int n, int d, int e)
    {
        var sw = d / e;
        for (var s = 0; s < e; s++)
        for (var i = 0; i < n; i++)
            rows.Slice(i * d + s * sw, sw).CopyTo(sections.Slice((s * n + i) * sw, sw));
    }

    /// <summary>(E, N, w) → (N, d), the inverse of <see cref="Gather"/>; adds when <paramref name="accumulate"/>.</summary>
    private static void Scatter(Span<T> rows, ReadOnlySpan<T> sections, int n, int d, int e, bool accumulate)
    {
        var sw = d / e;
        for (var s = 0; s < e; s++)
        for (var i = 0; i < n; i++)
        {
            var src = sections.Slice((s * n + i) * sw, sw);
            var dst = rows.Slice(i * d + s * sw, sw);
            if (accumulate) System.Numerics.Tensors.TensorPrimitives.Add(dst, src, dst);
            else src.CopyTo(dst);
        }
    }
}
