using System.Numerics;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>
/// The reference causal attention: the same contract as <see cref="CausalAttention"/>, written as plain loops over
/// (query, key) pairs, one row dot product at a time. It is the engine's first implementation, kept beside the
/// matrix-product one (as <see cref="Kernels.NaiveGemm"/> is kept beside the fast GEMMs) so the fast path is tested
/// against something obviously right and benchmarked against it.
/// </summary>
public static class CausalAttentionLoops
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
        CausalAttention.CheckHeads(nh, nkv);
        var scale = T.One / T.Sqrt(T.CreateChecked(hd));
        var shape = new CausalAttention.Shape(b, t, nh, nkv, hd);
        unsafe
        {
            fixed (T* po = output) fixed (T* pa = att) fixed (T* pq = q) fixed (T* pk = k) fixed (T* pv = v)
            {
                var heads = new ForwardHeads<T> { O = (nint)po, A = (nint)pa, Q = (nint)pq, K = (nint)pk, V = (nint)pv, S = shape, Scale = scale };
                CausalAttention.Run(b * nh, (long)b * nh * t * t * hd, ref heads);
            }
        }
    }

    /// <summary>Adds into dq, dk, dv. Work is split by (batch, key/value head) so no two threads write the same gradient.</summary>
    public static void Backward<T>(Span<T> dq, Span<T> dk, Span<T> dv, ReadOnlySpan<T> dout, ReadOnlySpan<T> att,
        ReadOnlySpan<T> q, ReadOnlySpan<T> k, ReadOnlySpan<T> v, int b, int t, int nh, int nkv, int hd)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CausalAttention.CheckHeads(nh, nkv);
        var scale = T.One / T.Sqrt(T.CreateChecked(hd));
        var shape = new CausalAttention.Shape(b, t, nh, nkv, hd);
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
                CausalAttention.Run(b * nkv, (long)b * nh * t * t * hd, ref groups);
            }
        }
    }

    /// <summary>Forward task i: batch i / NH, query head i % NH.</summary>
    private struct ForwardHeads<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public nint O, A, Q, K, V;
        public CausalAttention.Shape S;
        public T Scale;

        public readonly unsafe void Run(int i) => ForwardHead((T*)O, (T*)A, (T*)Q, (T*)K, (T*)V, S, i / S.NH, i % S.NH, Scale);
    }

    /// <summary>Backward task i: batch i / NKV, key/value head i % NKV and the query heads that read it.</summary>
    private struct BackwardGroups<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public nint DQ, DK, DV, DO, A, Q, K, V;
        public CausalAttention.Shape S;
        public T Scale;

        public readonly unsafe void Run(int i) =>
            BackwardGroup((T*)DQ, (T*)DK, (T*)DV, (T*)DO, (T*)A, (T*)Q, (T*)K, (T*)V, S, i / S.NKV, i % S.NKV, Scale);
    }

    private static unsafe void ForwardHead<T>(T* output, T* att, T* q, T* k, T* v, CausalAttention.Shape s, int bi, int h, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var kvh = h / (s.NH / s.NKV);
        for (var t1 = 0; t1 < s.T; t1++)
        {
            var qrow = q + ((long)(bi * s.T + t1) * s.NH + h) * s.HD;
            var arow = att + (((long)bi * s.NH + h) * s.T + t1) * s.T;
            var max = T.NegativeInfinity;
            for (var t2 = 0; t2 <= t1; t2++)
            {
                var krow = k + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                var dot = VectorOps.Dot(qrow, krow, s.HD) * scale;
                arow[t2] = dot;
                if (dot > max) max = dot;
            }
            var sum = T.Zero;
            for (var t2 = 0; t2 <= t1; t2++) { var e = T.Exp(arow[t2] - max); arow[t2] = e; sum += e; }
            var inv = T.One / sum;
            for (var t2 = 0; t2 <= t1; t2++) arow[t2] *= inv;
            for (var t2 = t1 + 1; t2 < s.T; t2++) arow[t2] = T.Zero;

            var orow = output + ((long)(bi * s.T + t1) * s.NH + h) * s.HD;
            for (var i = 0; i < s.HD; i++) orow[i] = T.Zero;
            for (var t2 = 0; t2 <= t1; t2++)
            {
                var vrow = v + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                VectorOps.Axpy(arow[t2], vrow, orow, s.HD);
            }
        }
    }

    private static unsafe void BackwardGroup<T>(T* dq, T* dk, T* dv, T* dout, T* att, T* q, T* k, T* v, CausalAttention.Shape s, int bi, int kvh, T scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var group = s.NH / s.NKV;
        var datt = new T[s.T];
        for (var h = kvh * group; h < (kvh + 1) * group; h++)
        for (var t1 = 0; t1 < s.T; t1++)
        {
            var arow = att + (((long)bi * s.NH + h) * s.T + t1) * s.T;
            var dorow = dout + ((long)(bi * s.T + t1) * s.NH + h) * s.HD;
            var qrow = q + ((long)(bi * s.T + t1) * s.NH + h) * s.HD;
            var dqrow = dq + ((long)(bi * s.T + t1) * s.NH + h) * s.HD;
            // out = Σ a·v  ⇒  da = dout·v, dv += a·dout
            var weighted = T.Zero;
            for (var t2 = 0; t2 <= t1; t2++)
            {
                var vrow = v + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                var dvrow = dv + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                var a = arow[t2];
                var d = VectorOps.Dot(dorow, vrow, s.HD);
                VectorOps.Axpy(a, dorow, dvrow, s.HD);
                datt[t2] = d;
                weighted += a * d;
            }
            // softmax backward, then the scaled dot product q·k
            for (var t2 = 0; t2 <= t1; t2++)
            {
                var dpre = arow[t2] * (datt[t2] - weighted) * scale;
                var krow = k + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                var dkrow = dk + ((long)(bi * s.T + t2) * s.NKV + kvh) * s.HD;
                VectorOps.Axpy(dpre, krow, dqrow, s.HD);
                VectorOps.Axpy(dpre, qrow, dkrow, s.HD);
            }
        }
    }
}
