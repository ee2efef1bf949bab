using System.Numerics;
using System.Numerics.Tensors;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>
/// Causal scaled dot-product attention with grouped-query heads: query head h reads key/value head
/// h / (NH / NKV). NKV = NH is multi-head attention, NKV = 1 multi-query. Projections and rotary are applied by
/// the caller; this is the part between them.
/// Each (batch, head) runs as matrix products — scores Q·Kᵀ, output P·V, and in the backward pass dP = dO·Vᵀ,
/// dV += Pᵀ·dO, dQ = dS·K, dK += dSᵀ·Q — on the head's rows packed contiguous, so the work goes through the
/// engine's GEMM (OpenBLAS when present) instead of one length-d_head dot product per (query, key) pair. The full
/// T×T products cost twice the causal triangle's FLOPs; at the engine's head sizes a GEMM still wins by far (see
/// AttentionBenchmarks). <see cref="CausalAttentionLoops"/> is the reference it is tested against.
/// </summary>
public static class CausalAttention
{
    /// <param name="output">(B, T, NH, hd)</param>
    /// <param name="att">(B, NH, T, T) saved softmax weights (upper triangle left zero).</param>
    /// <param name="q">(B, T, NH, hd)</param>
    /// <param name="k">(B, T, NKV, hd)</param>
    /// <param name="v">(B, T, NKV, hd)</param>
    public static void Forward<T>(Span<T> output, Span<T> att, ReadOnlySpan<T> q, ReadOnlySpan<T> k, ReadOnlySpan<T> v,
        int b, int t, int nh, int nkv, int hd)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckHeads(nh, nkv);
        var scale = T.One / T.Sqrt(T.CreateChecked(hd));
        var shape = new Shape(b, t, nh, nkv, hd);
        unsafe
        {
            fixed (T* po = output) fixed (T* pa = att) fixed (T* pq = q) fixed (T* pk = k) fixed (T* pv = v)
            {
                var heads = new ForwardHeads<T> { O = (nint)po, A = (nint)pa, Q = (nint)pq, K = (nint)pk, V = (nint)pv, S = shape, Scale = scale };
                Run(b * nh, (long)b * nh * t * t * hd, ref heads);
            }
        }
    }

    /// <summary>Adds into dq, dk, dv. Work is split by (batch, key/value head) so no two threads write the same gradient.</summary>
    public static void Backward<T>(Span<T> dq, Span<T> dk, Span<T> dv, ReadOnlySpan<T> dout, ReadOnlySpan<T> att,
        ReadOnlySpan<T> q, ReadOnlySpan<T> k, ReadOnlySpan<T> v, int b, int t, int nh, int nkv, int hd)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckHeads(nh, nkv);
        var scale = T.One / T.Sqrt(T.CreateChecked(hd));
        var shape = new Shape(b, t, nh, nkv, hd);
        unsafe
        {
            fixed (T* pdq = dq) fixed (T* pdk = dk) fixed (T* pdv = dv) fixed (T* pdo = dout) fixed (T* pa = att)
            fixed (T* pq = q) fixed (T* pk = k) fixed (T* pv = v)
            {
                var groups = new BackwardGroups<T>
                {
                    DQ = (nint)pdq, DK = (nint)pdk, DV = (nint)pdv, DO = (nint)pdo, A = (nint)pa, Q = (nint)pq, K = (nint)pk, V = (nint)pv,
                    S = shape, Scale = scale,
                };
                Run(b * nkv, (long)b * nh * t * t * hd, ref groups);
            }
        }
    }

    internal readonly record struct Shape(int B, int T, int NH, int NKV, int HD);

    internal static void CheckHeads(int nh, int nkv)
    {
        if (nkv <= 0 || nh % nkv != 0) throw new ArgumentException($"query heads {nh} must be a multiple of key/value heads {nkv}");
    }

    // (Batch, head) pairs in parallel; each head's products are below Gemm.SplitWork at the engine's sizes, so they run
    // on the head's own thread (OpenBLAS is single-threaded per call, see Gemm). Small work stays on one thread.
    // CausalAttentionLoops splits its work the same way.
    internal static void Run<TBody>(int tasks, long work, ref TBody body) where TBody : struct, IIndexedWork
    {
        if (work < 1 << 15 || tasks == 1) { for (var i = 0; i < tasks; i++) body.Run(i); return; }
        WorkerTeam.For(tasks, ref body);
    }

    /// <summary>Forward task i: batch i / NH, query head i % NH.</summary>
    private struct ForwardHeads<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public nint O, A, Q, K, V;
        public Shape S;
        public T Scale;

        public readonly unsafe void Run(int i) => ForwardHead((T*)O, (T*)A, (T*)Q, (T*)K, (T*)V, S, i / S.NH, i % S.NH, Scale);
    }

    /// <summary>Backward task i: batch i / NKV, key/value head i % NKV and the query heads that read it.</summary>
    private struct BackwardGroups<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public nint DQ, DK, DV, DO, A, Q, K, V;
        public Shape S;
        public T Scale;

        public readonly unsafe void Run(int i) =>
            BackwardGroup((T*)DQ, (T*)DK, (T*)DV, (T*)DO, (T*)A, (T*)Q, (T*)K, (T*)V, S, i / S.NKV, i % S.NKV, Scale);
    }

    // Row t of head `head` in a (B, T, heads, hd) tensor.
    private static unsafe T* Row<T>(T* x, Shape s, int heads, int bi, int t, int head) where T : unmanaged =>
        x + ((long)(bi * s.T + t) * heads + head) * s.HD;

    /// <summary>Copies one head's T rows out of a (B, T, heads, hd) tensor into a contiguous T×hd matrix.</summary>
    private static unsafe void Pack<T>(Span<T> into, T* x, Shape s, int heads, int bi, int head) where T : unmanaged
    {
        for (var t = 0; t < s.T; t++) new ReadOnlySpan<T>(Row(x, s, heads, bi, t, head), s.HD).CopyTo(into.Slice(t * s.HD, s.HD));
    }

    /// <summary>Adds a contiguous T×hd matrix into one head's rows of a (B, T, heads, hd) tensor.</summary>
    private static unsafe void AddUnpacked<T>(T* x, ReadOnlySpan<T> from, Shape s, int heads, int bi, int head)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var t = 0; t < s.T; t++)
        {
            var row = new Span<T>(Row(x, s, heads, bi, t, head), s.HD);
            TensorPrimitives.Add(row, from.Slice(t * s.HD, s.HD), row);
        }
    }

    private static unsafe void ForwardHead<T>(T* output, T* att, T* q, T* k, T* v, Shape s, int bi, int h, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (n, hd) = (s.T, s.HD);
        var kvh = h / (s.NH / s.NKV);
        var buffer = Workspace<T>.Get(4 * n * hd);
        var size = n * hd;
        Span<T> qh = buffer.AsSpan(0, size), kh = buffer.AsSpan(size, size), vh = buffer.AsSpan(2 * size, size), oh = buffer.AsSpan(3 * size, size);
        Pack(qh, q, s, s.NH, bi, h);
        Pack(kh, k, s, s.NKV, bi, kvh);
        Pack(vh, v, s, s.NKV, bi, kvh);
        var p = new Span<T>(att + ((long)bi * s.NH + h) * n * n, n * n);

        Gemm.Multiply<T>(Transpose.None, Transpose.Transposed, n, n, hd, qh, kh, p, accumulate: false);
        for (var t1 = 0; t1 < n; t1++)
        {
            var row = p.Slice(t1 * n, n);
            var seen = row[..(t1 + 1)];
            TensorPrimitives.Multiply(seen, scale, seen);
            var max = TensorPrimitives.Max<T>(seen);
            TensorPrimitives.Subtract(seen, max, seen);
            TensorPrimitives.Exp<T>(seen, seen);
            TensorPrimitives.Divide(seen, TensorPrimitives.Sum<T>(seen), seen);
            row[(t1 + 1)..].Clear();
        }
        Gemm.Multiply<T>(Transpose.None, Transpose.None, n, hd, n, p, vh, oh, accumulate: false);
        for (var t = 0; t < n; t++) oh.Slice(t * hd, hd).CopyTo(new Span<T>(Row(output, s, s.NH, bi, t, h), hd));
    }

    private static unsafe void BackwardGroup<T>(T* dq, T* dk, T* dv, T* dout, T* att, T* q, T* k, T* v, Shape s, int bi, int kvh, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (n, hd) = (s.T, s.HD);
        var group = s.NH / s.NKV;
        var buffer = Workspace<T>.Get(7 * n * hd + n * n);
        var size = n * hd;
        Span<T> kh = buffer.AsSpan(0, size), vh = buffer.AsSpan(size, size), qh = buffer.AsSpan(2 * size, size),
            doh = buffer.AsSpan(3 * size, size), dqh = buffer.AsSpan(4 * size, size), dkh = buffer.AsSpan(5 * size, size),
            dvh = buffer.AsSpan(6 * size, size), ds = buffer.AsSpan(7 * size, n * n);
        Pack(kh, k, s, s.NKV, bi, kvh);
        Pack(vh, v, s, s.NKV, bi, kvh);
        dkh.Clear();
        dvh.Clear();
        for (var h = kvh * group; h < (kvh + 1) * group; h++)
        {
            Pack(qh, q, s, s.NH, bi, h);
            Pack(doh, dout, s, s.NH, bi, h);
            var p = new ReadOnlySpan<T>(att + ((long)bi * s.NH + h) * n * n, n * n);

            // out = P·V  ⇒  dP = dO·Vᵀ, dV += Pᵀ·dO
            Gemm.Multiply<T>(Transpose.None, Transpose.Transposed, n, n, hd, doh, vh, ds, accumulate: false);
            Gemm.Multiply<T>(Transpose.Transposed, Transpose.None, n, hd, n, p, doh, dvh, accumulate: true);
            // softmax backward: dS = P ∘ (dP − Σ P·dP), then the scale of the scores; above the diagonal P = 0.
            for (var t1 = 0; t1 < n; t1++)
            {
                var prow = p.Slice(t1 * n, t1 + 1);
                var drow = ds.Slice(t1 * n, n);
                var seen = drow[..(t1 + 1)];
                var weighted = TensorPrimitives.Dot(prow, seen);
                TensorPrimitives.Subtract(seen, weighted, seen);
                TensorPrimitives.Multiply(seen, prow, seen);
                TensorPrimitives.Multiply(seen, scale, seen);
                drow[(t1 + 1)..].Clear();
            }
            // S = Q·Kᵀ  ⇒  dQ = dS·K, dK += dSᵀ·Q
            Gemm.Multiply<T>(Transpose.None, Transpose.None, n, hd, n, ds, kh, dqh, accumulate: false);
            Gemm.Multiply<T>(Transpose.Transposed, Transpose.None, n, hd, n, ds, qh, dkh, accumulate: true);
            AddUnpacked(dq, dqh, s, s.NH, bi, h);
        }
        AddUnpacked(dk, dkh, s, s.NKV, bi, kvh);
        AddUnpacked(dv, dvh, s, s.NKV, bi, kvh);
    }
}
