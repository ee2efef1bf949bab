using System.Numerics;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>The parameters of one MoE feed-forward layer, as views into the model's flat parameter (or gradient) array.</summary>
/// <param name="Router">(E, C)</param>
/// <param name="W1">(E, H, C) gate projections of the routed experts.</param>
/// <param name="W3">(E, H, C) up projections.</param>
/// <param name="W2">(E, C, H) down projections.</param>
/// <param name="SharedW1">(S·H, C) the shared experts, concatenated (empty when S = 0).</param>
/// <param name="SharedW3">(S·H, C)</param>
/// <param name="SharedW2">(C, S·H)</param>
public readonly ref struct MoeWeights<T>(Span<T> router, Span<T> w1, Span<T> w3, Span<T> w2, Span<T> sharedW1, Span<T> sharedW3, Span<T> sharedW2)
{
    public readonly Span<T> Router = router, W1 = w1, W3 = w3, W2 = w2, SharedW1 = sharedW1, SharedW3 = sharedW3, SharedW2 = sharedW2;
}

/// <summary>
/// A mixture-of-experts SwiGLU layer: top-k routed experts of width H (any granularity: E and H are free) plus S
/// always-on shared experts. Tokens are grouped by expert (ascending token order) so each expert runs as one matrix
/// product; every sum over slots runs in slot order, so results do not depend on threading. Holds the activations of
/// one forward pass for its backward pass; sized once for N tokens.
/// </summary>
public sealed class MoeFeedForward<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int _n, _c, _e, _k, _h, _sharedH;
    private readonly T[] _logits, _probs, _lse, _gates, _load, _dgates, _dlogits;
    private readonly int[] _experts, _rowOf, _tokenOfRow, _offset, _count;
    private readonly T[] _xg, _h1, _h3, _act, _yg, _dyg, _dxg, _scratch;
    private readonly T[] _sh1, _sh3, _sact, _sout;

    public MoeFeedForward(int tokens, int modelDim, int experts, int topK, int expertHidden, int sharedExperts)
    {
        if (topK < 1 || topK > experts) throw new ArgumentException($"top-k {topK} must be in [1, {experts}]");
        (_n, _c, _e, _k, _h, _sharedH) = (tokens, modelDim, experts, topK, expertHidden, sharedExperts * expertHidden);
        var slots = tokens * topK;
        _logits = new T[tokens * experts]; _probs = new T[tokens * experts]; _dlogits = new T[tokens * experts];
        _lse = new T[tokens]; _gates = new T[slots]; _dgates = new T[slots]; _load = new T[experts];
        _experts = new int[slots]; _rowOf = new int[slots]; _tokenOfRow = new int[slots];
        _offset = new int[experts]; _count = new int[experts];
        _xg = new T[slots * modelDim]; _yg = new T[slots * modelDim]; _dyg = new T[slots * modelDim]; _dxg = new T[slots * modelDim];
        _h1 = new T[slots * expertHidden]; _h3 = new T[slots * expertHidden]; _act = new T[slots * expertHidden];
        var sharedCells = tokens * _sharedH;
        _sh1 = new T[sharedCells]; _sh3 = new T[sharedCells]; _sact = new T[sharedCells]; _sout = new T[tokens * modelDim];
        _scratch = new T[2 * Math.Max(slots * expertHidden, sharedCells)];
    }

    /// <summary>Experts chosen in the last forward pass, (N, K), by descending gate.</summary>
    public ReadOnlySpan<int> Experts => _experts;

    /// <summary>Renormalised gate weights of the last forward pass, (N, K).</summary>
    public ReadOnlySpan<T> Gates => _gates;

    /// <summary>Full router probabilities of the last forward pass, (N, E).</summary>
    public ReadOnlySpan<T> Probabilities => _probs;

    /// <summary>Tokens routed to each expert in the last forward pass.</summary>
    public ReadOnlySpan<int> ExpertTokenCounts => _count;

    /// <param name="output">(N, C) overwritten.</param>
    /// <param name="x">(N, C) the normalised input; must stay unchanged until <see cref="Backward"/>.</param>
    public RouterLosses Forward(Span<T> output, ReadOnlySpan<T> x, MoeWeights<T> w, double auxCoef, double zCoef, FlopCounter? flops = null)
    {
        int n = _n, c = _c, e = _e, k = _k, h = _h;
        var losses = TopKRouter.Forward<T>(_logits, _probs, _lse, _experts, _gates, _load, x, w.Router, n, c, e, k, auxCoef, zCoef, flops);

        // Counting sort of the N·K slots by expert, keeping ascending token order within an expert.
        Array.Clear(_count);
        foreach (var ex in _experts) _count[ex]++;
        for (int j = 0, acc = 0; j < e; j++) { _offset[j] = acc; acc += _count[j]; }
        Span<int> fill = e <= 256 ? stackalloc int[e] : new int[e];
        fill.Clear();
        for (var slot = 0; slot < n * k; slot++)
        {
            var ex = _experts[slot];
            var row = _offset[ex] + fill[ex]++;
            _rowOf[slot] = row;
            _tokenOfRow[row] = slot / k;
            x.Slice(slot / k * c, c).CopyTo(_xg.AsSpan(row * c, c));
        }

        for (var j = 0; j < e; j++)
        {
            if (_count[j] == 0) continue;
            var (rows, cnt) = (_offset[j], _count[j]);
            SwiGlu.Forward(_yg.AsSpan(rows * c, cnt * c), _h1.AsSpan(rows * h, cnt * h), _h3.AsSpan(rows * h, cnt * h),
                _act.AsSpan(rows * h, cnt * h), _xg.AsSpan(rows * c, cnt * c),
                w.W1.Slice(j * h * c, h * c), w.W3.Slice(j * h * c, h * c), w.W2.Slice(j * c * h, c * h), cnt, c, h, flops);
        }

        for (var i = 0; i < n; i++)
        {
            var orow = output.Slice(i * c, c);
            orow.Clear();
            for (var s = 0; s < k; s++)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(_yg.AsSpan(_rowOf[i * k + s] * c, c), _gates[i * k + s], orow, orow);
            }
        }

        if (_sharedH > 0)
        {
            SwiGlu.Forward<T>(_sout, _sh1, _sh3, _sact, x, w.SharedW1, w.SharedW3, w.SharedW2, n, c, _sharedH, flops);
            System.Numerics.Tensors.TensorPrimitives.Add(output[..(n * c)], _sout, output);
        }
        return losses;
    }

    private static unsafe T DotRows(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
    {
        fixed (T* px = x) fixed (T* py = y) return VectorOps.Dot(px, py, x.Length);
    }

    /// <summary>Adds into dx (N, C) and every gradient view; the auxiliary losses enter scaled by <paramref name="lossScale"/>.</summary>
    public void Backward(Span<T> dx, MoeWeights<T> grads, ReadOnlySpan<T> dout, ReadOnlySpan<T> x, MoeWeights<T> w,
        double auxCoef, double zCoef, double lossScale, FlopCounter? flops = null)
    {
        int n = _n, c = _c, e = _e, k = _k, h = _h;
        // output = Σ_s g_s·y_s: dg_s = dout·y_s, dy_s = g_s·dout
        for (var i = 0; i < n; i++)
        {
            var drow = dout.Slice(i * c, c);
            for (var s = 0; s < k; s++)
            {
                var row = _rowOf[i * k + s];
                System.Numerics.Tensors.TensorPrimitives.Multiply(drow, _gates[i * k + s], _dyg.AsSpan(row * c, c));
                _dgates[i * k + s] = DotRows(drow, _yg.AsSpan(row * c, c));
            }
        }

        Array.Clear(_dxg);
        for (var j = 0; j < e; j++)
        {
            if (_count[j] == 0) continue;
            var (rows, cnt) = (_offset[j], _count[j]);
            SwiGlu.Backward(_dxg.AsSpan(rows * c, cnt * c), grads.W1.Slice(j * h * c, h * c), grads.W3.Slice(j * h * c, h * c),
                grads.W2.Slice(j * c * h, c * h), _dyg.AsSpan(rows * c, cnt * c), _xg.AsSpan(rows * c, cnt * c),
                _h1.AsSpan(rows * h, cnt * h), _h3.AsSpan(rows * h, cnt * h), _act.AsSpan(rows * h, cnt * h),
                w.W1.Slice(j * h * c, h * c), w.W3.Slice(j * h * c, h * c), w.W2.Slice(j * c * h, c * h), _scratch, cnt, c, h, flops);
        }
        for (var i = 0; i < n; i++)
        {
            var dxrow = dx.Slice(i * c, c);
            for (var s = 0; s < k; s++)
                System.Numerics.Tensors.TensorPrimitives.Add(dxrow, _dxg.AsSpan(_rowOf[i * k + s] * c, c), dxrow);
        }

        if (_sharedH > 0)
            SwiGlu.Backward(dx, grads.SharedW1, grads.SharedW3, grads.SharedW2, dout, x, _sh1, _sh3, _sact,
                w.SharedW1, w.SharedW3, w.SharedW2, _scratch, n, c, _sharedH, flops);

        TopKRouter.Backward<T>(dx, grads.Router, _dgates, _probs, _lse, _experts, _gates, _load, x, w.Router, _dlogits,
            n, c, e, k, auxCoef, zCoef, lossScale, flops);
    }
}
