using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// The managed fallback for machines without OpenBLAS: both operands are packed so that every output element is
/// one dot product of two contiguous rows, computed with <see cref="Vector{T}"/> in 2×4 blocks (two A rows by four
/// B rows: eight accumulators, six loads per eight fused multiply-adds). Pairs of C rows are spread over all cores
/// (<see cref="WorkerTeam"/>);
/// each element is computed by exactly one thread in a fixed order, so the result is bit-for-bit reproducible.
/// </summary>
public static class ManagedGemm
{
    public static void Multiply<T>(Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GemmShape.Check(transA, transB, m, n, k, a.Length, b.Length, c.Length);
        if (m == 0 || n == 0) return;
        if (k == 0)
        {
            if (!accumulate) c[..(m * n)].Clear();
            return;
        }

        T[]? packedA = null, packedB = null;
        try
        {
            // A as m rows of k; B as n rows of k ("B transposed"), so both inner loops read contiguous memory.
            ReadOnlySpan<T> rowsA = a[..(m * k)], rowsB = b[..(n * k)];
            if (transA == Transpose.Transposed)
            {
                packedA = ArrayPool<T>.Shared.Rent(m * k);
                TransposeInto(a, k, m, packedA);
                rowsA = packedA.AsSpan(0, m * k);
            }
            if (transB == Transpose.None)
            {
                packedB = ArrayPool<T>.Shared.Rent(n * k);
                TransposeInto(b, k, n, packedB);
                rowsB = packedB.AsSpan(0, n * k);
            }
            Run(rowsA, rowsB, c, m, n, k, accumulate);
        }
        finally
        {
            if (packedA is not null) ArrayPool<T>.Shared.Return(packedA);
            if (packedB is not null) ArrayPool<T>.Shared.Return(packedB);
        }
    }

    private static unsafe void Run<T>(ReadOnlySpan<T> rowsA, ReadOnlySpan<T> rowsB, Span<T> c, int m, int n, int k, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        fixed (T* pa = rowsA)
        fixed (T* pb = rowsB)
        fixed (T* pc = c)
        {
            var work = (long)m * n * k;
            // Pairs of C rows: one load of each B row feeds two A rows, one load of an A row feeds four B rows.
            var pairs = (m + 1) / 2;
            if (work < 1 << 16 || pairs == 1)
            {
                for (var i = 0; i < pairs; i++) RowPair(pa, pb, pc, 2 * i, m, n, k, accumulate);
                return;
            }
            // Several row pairs per task, so a task is worth handing out (one pair of a 64-wide product is ~8 K
            // multiply-adds, less than the atomic hand-out costs when both threads contend for it).
            var pairsPerTask = (int)Math.Max(1, Math.Min(pairs, (1L << 17) / Math.Max(1L, 2L * n * k)));
            var rows = new RowPairs<T> { A = (nint)pa, B = (nint)pb, C = (nint)pc, M = m, N = n, K = k, Accumulate = accumulate, PairsPerTask = pairsPerTask };
            WorkerTeam.For((pairs + pairsPerTask - 1) / pairsPerTask, ref rows);
        }
    }

    /// <summary>A block of row pairs (rows 2i and 2i + 1 of C), for the <see cref="WorkerTeam"/>.</summary>
    private struct RowPairs<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public nint A, B, C;
        public int M, N, K;
        public bool Accumulate;
        public int PairsPerTask;

        public readonly unsafe void Run(int task)
        {
            var end = Math.Min((M + 1) / 2, (task + 1) * PairsPerTask);
            for (var i = task * PairsPerTask; i < end; i++) RowPair((T*)A, (T*)B, (T*)C, 2 * i, M, N, K, Accumulate);
        }
    }

    private static unsafe void RowPair<T>(T* a, T* b, T* c, int i, int m, int n, int k, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (i + 1 >= m)
        {
            Row(a, b, c, i, n, k, accumulate);
            return;
        }
        var a0 = a + (long)i * k;
        var a1 = a0 + k;
        var c0 = c + (long)i * n;
        var c1 = c0 + n;
        var j = 0;
        for (; j + 4 <= n; j += 4)
        {
            var d = Dot2x4(a0, a1, b + (long)j * k, k);
            for (var q = 0; q < 4; q++)
            {
                c0[j + q] = accumulate ? c0[j + q] + d[q] : d[q];
                c1[j + q] = accumulate ? c1[j + q] + d[4 + q] : d[4 + q];
            }
        }
        for (; j < n; j++)
        {
            var brow = b + (long)j * k;
            var d0 = Dot(a0, brow, k);
            var d1 = Dot(a1, brow, k);
            c0[j] = accumulate ? c0[j] + d0 : d0;
            c1[j] = accumulate ? c1[j] + d1 : d1;
        }
    }

    private static unsafe void Row<T>(T* a, T* b, T* c, int i, int n, int k, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var arow = a + (long)i * k;
        var crow = c + (long)i * n;
        var j = 0;
        for (; j + 4 <= n; j += 4)
        {
            Dot4(arow, b + (long)j * k, k, out var d0, out var d1, out var d2, out var d3);
            if (accumulate) { crow[j] += d0; crow[j + 1] += d1; crow[j + 2] += d2; crow[j + 3] += d3; }
            else { crow[j] = d0; crow[j + 1] = d1; crow[j + 2] = d2; crow[j + 3] = d3; }
        }
        for (; j < n; j++)
        {
            var d = Dot(arow, b + (long)j * k, k);
            crow[j] = accumulate ? crow[j] + d : d;
        }
    }

    /// <summary>x·y + acc, fused where the CPU has FMA (one rounding, and half the instructions).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<T> MulAdd<T>(Vector<T> x, Vector<T> y, Vector<T> acc) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported)
        {
            if (typeof(T) == typeof(float))
                return Vector.FusedMultiplyAdd(x.As<T, float>(), y.As<T, float>(), acc.As<T, float>()).As<float, T>();
            if (typeof(T) == typeof(double))
                return Vector.FusedMultiplyAdd(x.As<T, double>(), y.As<T, double>(), acc.As<T, double>()).As<double, T>();
        }
        return acc + x * y;
    }

    /// <summary>The 2×4 dot products of rows x0, x1 with the four consecutive rows from y0: [x0·y0..y3, x1·y0..y3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Block8<T> Dot2x4<T>(T* x0, T* x1, T* y0, int k) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Vector<T>.Count;
        Vector<T> s00 = default, s01 = default, s02 = default, s03 = default, s10 = default, s11 = default, s12 = default, s13 = default;
        var y1 = y0 + k; var y2 = y1 + k; var y3 = y2 + k;
        var p = 0;
        for (; p + w <= k; p += w)
        {
            var u = Unsafe.ReadUnaligned<Vector<T>>(x0 + p);
            var v = Unsafe.ReadUnaligned<Vector<T>>(x1 + p);
            var b0 = Unsafe.ReadUnaligned<Vector<T>>(y0 + p);
            s00 = MulAdd(u, b0, s00); s10 = MulAdd(v, b0, s10);
            var b1 = Unsafe.ReadUnaligned<Vector<T>>(y1 + p);
            s01 = MulAdd(u, b1, s01); s11 = MulAdd(v, b1, s11);
            var b2 = Unsafe.ReadUnaligned<Vector<T>>(y2 + p);
            s02 = MulAdd(u, b2, s02); s12 = MulAdd(v, b2, s12);
            var b3 = Unsafe.ReadUnaligned<Vector<T>>(y3 + p);
            s03 = MulAdd(u, b3, s03); s13 = MulAdd(v, b3, s13);
        }
        var d = new Block8<T>();
        d[0] = Vector.Sum(s00); d[1] = Vector.Sum(s01); d[2] = Vector.Sum(s02); d[3] = Vector.Sum(s03);
        d[4] = Vector.Sum(s10); d[5] = Vector.Sum(s11); d[6] = Vector.Sum(s12); d[7] = Vector.Sum(s13);
        for (; p < k; p++)
        {
            T u = x0[p], v = x1[p];
            d[0] += u * y0[p]; d[1] += u * y1[p]; d[2] += u * y2[p]; d[3] += u * y3[p];
            d[4] += v * y0[p]; d[5] += v * y1[p]; d[6] += v * y2[p]; d[7] += v * y3[p];
        }
        return d;
    }

    [InlineArray(8)]
    private struct Block8<T>
    {
        private T _first;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Dot4<T>(T* x, T* y0, int k, out T d0, out T d1, out T d2, out T d3)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Vector<T>.Count;
        Vector<T> s0 = default, s1 = default, s2 = default, s3 = default;
        var y1 = y0 + k; var y2 = y1 + k; var y3 = y2 + k;
        var p = 0;
        for (; p + w <= k; p += w)
        {
            var xv = Unsafe.ReadUnaligned<Vector<T>>(x + p);
            s0 = MulAdd(xv, Unsafe.ReadUnaligned<Vector<T>>(y0 + p), s0);
            s1 = MulAdd(xv, Unsafe.ReadUnaligned<Vector<T>>(y1 + p), s1);
            s2 = MulAdd(xv, Unsafe.ReadUnaligned<Vector<T>>(y2 + p), s2);
            s3 = MulAdd(xv, Unsafe.ReadUnaligned<Vector<T>>(y3 + p), s3);
        }
        d0 = Vector.Sum(s0); d1 = Vector.Sum(s1); d2 = Vector.Sum(s2); d3 = Vector.Sum(s3);
        for (; p < k; p++)
        {
            var xv = x[p];
            d0 += xv * y0[p]; d1 += xv * y1[p]; d2 += xv * y2[p]; d3 += xv * y3[p];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe T Dot<T>(T* x, T* y, int k) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Vector<T>.Count;
        Vector<T> s = default;
        var p = 0;
        for (; p + w <= k; p += w)
            s = MulAdd(Unsafe.ReadUnaligned<Vector<T>>(x + p), Unsafe.ReadUnaligned<Vector<T>>(y + p), s);
        var d = Vector.Sum(s);
        for (; p < k; p++) d += x[p] * y[p];
        return d;
    }

    /// <summary>Writes the transpose of a row-major rows×cols matrix (cols×rows) into <paramref name="dst"/>.</summary>
    private static void TransposeInto<T>(ReadOnlySpan<T> src, int rows, int cols, Span<T> dst)
    {
        const int tile = 32;
        for (var r0 = 0; r0 < rows; r0 += tile)
        for (var c0 = 0; c0 < cols; c0 += tile)
        {
            var rEnd = Math.Min(r0 + tile, rows);
            var cEnd = Math.Min(c0 + tile, cols);
            for (var r = r0; r < rEnd; r++)
            for (var cc = c0; cc < cEnd; cc++)
                dst[cc * rows + r] = src[r * cols + cc];
        }
    }
}
