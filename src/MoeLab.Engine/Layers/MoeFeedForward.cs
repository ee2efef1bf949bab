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
        _expertFlops = [.. Enumerable.Range(0, experts).Select(_ => new FlopCounter())];
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

        unsafe
        {
            fixed (T* w1 = w.W1) fixed (T* w3 = w.W3) fixed (T* w2 = w.W2)
            {
                var body = new ExpertPasses { Layer = this, W1 = w1, W3 = w3, W2 = w2 };
                RunExperts(ref body, flops);
            }
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

    /// <summary>
    /// Runs every expert's SwiGLU (forward or backward) on its own group of rows. Experts write disjoint rows and
    /// their own weights' gradients, so they are independent: when every expert's products are small enough to run
    /// whole on one thread (<see cref="Gemm.SplitWork"/>), the experts themselves run in parallel on the worker team;
    /// otherwise one after another, each product split into panels. Each product is computed the same way either way,
    /// so the bits do not depend on which path ran. FLOPs are booked per expert and added in expert order afterwards.
    /// </summary>
    private void RunExperts(ref ExpertPasses body, FlopCounter? flops)
    {
        var largest = 0;
        for (var j = 0; j < _e; j++) largest = Math.Max(largest, _count[j]);
        var before = 0.0;
        foreach (var counter in _expertFlops) { counter.InBackward = body.Backward; before += counter.TotalFlops; }
        if ((long)largest * _c * _h <= Gemm.SplitWork) WorkerTeam.For(_e, ref body);
        else for (var j = 0; j < _e; j++) body.Run(j);
        var after = 0.0;
        for (var j = 0; j < _e; j++) after += _expertFlops[j].TotalFlops;
        flops?.Add(after - before);
    }

    private readonly FlopCounter[] _expertFlops;

    private unsafe struct ExpertPasses : IIndexedWork
    {
        public MoeFeedForward<T> Layer;
        public T* W1, W3, W2, G1, G3, G2;
        public bool Backward;

        public readonly void Run(int j)
        {
            var m = Layer;
            if (m._count[j] == 0) return;
            int c = m._c, h = m._h, rows = m._offset[j], cnt = m._count[j];
            long weights = (long)j * h * c;
            var w1 = new ReadOnlySpan<T>(W1 + weights, h * c);
            var w3 = new ReadOnlySpan<T>(W3 + weights, h * c);
            var w2 = new ReadOnlySpan<T>(W2 + weights, c * h);
            if (!Backward)
            {
                SwiGlu.Forward(m._yg.AsSpan(rows * c, cnt * c), m._h1.AsSpan(rows * h, cnt * h), m._h3.AsSpan(rows * h, cnt * h),
                    m._act.AsSpan(rows * h, cnt * h), m._xg.AsSpan(rows * c, cnt * c), w1, w3, w2, cnt, c, h, m._expertFlops[j]);
                return;
            }
            // Each expert's scratch is its own rows' share of the layer's scratch (2 values per hidden cell).
            SwiGlu.Backward(m._dxg.AsSpan(rows * c, cnt * c), new Span<T>(G1 + weights, h * c), new Span<T>(G3 + weights, h * c),
                new Span<T>(G2 + weights, c * h), m._dyg.AsSpan(rows * c, cnt * c), m._xg.AsSpan(rows * c, cnt * c),
                m._h1.AsSpan(rows * h, cnt * h), m._h3.AsSpan(rows * h, cnt * h), m._act.AsSpan(rows * h, cnt * h),
                w1, w3, w2, m._scratch.AsSpan(2 * rows * h, 2 * cnt * h), cnt, c, h, m._expertFlops[j]);
        }
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
        unsafe
        {
            fixed (T* w1 = w.W1) fixed (T* w3 = w.W3) fixed (T* w2 = w.W2) fixed (T* g1 = grads.W1) fixed (T* g3 = grads.W3) fixed (T* g2 = grads.W2)
            {
                var body = new ExpertPasses { Layer = this, W1 = w1, W3 = w3, W2 = w2, G1 = g1, G3 = g3, G2 = g2, Backward = true };
                RunExperts(ref body, flops);
            }
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
