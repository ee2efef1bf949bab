using System.Numerics;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// The reference matrix product: three plain loops, accumulated in float64. It is slow on purpose and kept beside
/// the fast kernels (as llm.c keeps its naive matmul) so every fast path is tested against something obviously right.
/// Row-major: C (m×n) = op(A) (m×k) · op(B) (k×n), plus C itself when <paramref name="accumulate"/>.
/// </summary>
public static class NaiveGemm
{
    public static void Multiply<T>(Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GemmShape.Check(transA, transB, m, n, k, a.Length, b.Length, c.Length);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < k; p++)
                {
                    var av = transA == Transpose.None ? a[i * k + p] : a[p * m + i];
                    var bv = transB == Transpose.None ? b[p * n + j] : b[j * k + p];
                    sum += double.CreateTruncating(av) * double.CreateTruncating(bv);
                }
                var value = T.CreateTruncating(sum);
                c[i * n + j] = accumulate ? c[i * n + j] + value : value;
            }
        }
    }
}

internal static class GemmShape
{
    public static void Check(Transpose transA, Transpose transB, int m, int n, int k, int aLength, int bLength, int cLength)
    {
        if (m < 0 || n < 0 || k < 0) throw new ArgumentOutOfRangeException(nameof(m), $"negative gemm shape {m}×{n}×{k}");
        if (aLength < (long)m * k) throw new ArgumentException($"A holds {aLength} values, needs {(long)m * k} ({(transA == Transpose.None ? "m×k" : "k×m")})");
        if (bLength < (long)k * n) throw new ArgumentException($"B holds {bLength} values, needs {(long)k * n} ({(transB == Transpose.None ? "k×n" : "n×k")})");
        if (cLength < (long)m * n) throw new ArgumentException($"C holds {cLength} values, needs {(long)m * n} (m×n)");
    }
}
