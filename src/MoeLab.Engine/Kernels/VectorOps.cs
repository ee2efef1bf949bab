using System.Numerics;
using System.Runtime.CompilerServices;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// Short SIMD loops over raw rows (attention heads, expert rows) where a library call per row would cost more than
/// the work. Reductions run in one fixed order (vector lanes, then the tail), so results are reproducible.
/// </summary>
internal static unsafe class VectorOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Dot<T>(T* x, T* y, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Vector<T>.Count;
        var i = 0;
        var sum = T.Zero;
        if (n >= w)
        {
            var acc = Vector<T>.Zero;
            for (; i + w <= n; i += w)
                acc += Unsafe.ReadUnaligned<Vector<T>>(x + i) * Unsafe.ReadUnaligned<Vector<T>>(y + i);
            sum = Vector.Sum(acc);
        }
        for (; i < n; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>y += a·x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Axpy<T>(T a, T* x, T* y, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var w = Vector<T>.Count;
        var i = 0;
        if (n >= w)
        {
            var av = new Vector<T>(a);
            for (; i + w <= n; i += w)
                Unsafe.WriteUnaligned(y + i, Unsafe.ReadUnaligned<Vector<T>>(y + i) + av * Unsafe.ReadUnaligned<Vector<T>>(x + i));
        }
        for (; i < n; i++) y[i] += a * x[i];
    }
}
