using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// The managed fallback for machines without OpenBLAS: both operands are packed so that every output element is
/// one dot product of two contiguous rows, computed with <see cref="Vector{T}"/> four outputs at a time (one load
/// of the A row feeds four B rows). Rows of C are spread over all cores; each element is computed by exactly one
/// thread in a fixed order, so the result is bit-for-bit reproducible.
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
            var (A, B, C) = ((nint)pa, (nint)pb, (nint)pc);
            var work = (long)m * n * k;
            if (work < 1 << 16 || m == 1)
            {
                for (var i = 0; i < m; i++) Row((T*)A, (T*)B, (T*)C, i, n, k, accumulate);
                return;
            }
            Parallel.For(0, m, i => Row((T*)A, (T*)B, (T*)C, i, n, k, accumulate));
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
            s0 += xv * Unsafe.ReadUnaligned<Vector<T>>(y0 + p);
            s1 += xv * Unsafe.ReadUnaligned<Vector<T>>(y1 + p);
            s2 += xv * Unsafe.ReadUnaligned<Vector<T>>(y2 + p);
            s3 += xv * Unsafe.ReadUnaligned<Vector<T>>(y3 + p);
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
            s += Unsafe.ReadUnaligned<Vector<T>>(x + p) * Unsafe.ReadUnaligned<Vector<T>>(y + p);
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
