using System.Numerics;
using System.Runtime.InteropServices;

namespace MoeLab.Engine.Kernels;

/// <summary>Which implementation computes the engine's matrix products.</summary>
public enum GemmBackendKind
{
    /// <summary>OpenBLAS sgemm/dgemm through P/Invoke.</summary>
    OpenBlas,
    /// <summary>The managed SIMD kernel (<see cref="ManagedGemm"/>).</summary>
    Managed,
}

/// <summary>
/// The engine's one entry point for matrix products. The backend is chosen once by probing for OpenBLAS, falling
/// back to the managed kernel; <c>MOELAB_BLAS=managed|openblas</c> overrides the probe (asking for openblas where it
/// cannot be loaded is an error, not a silent fallback). Row-major: C (m×n) = op(A)·op(B) [+ C].
/// </summary>
public static class Gemm
{
    public const string EnvironmentVariable = "MOELAB_BLAS";

    private static readonly Lazy<OpenBlas?> Native = new(OpenBlas.TryLoad);
    private static GemmBackendKind? _forced;

    /// <summary>The backend in use after probing and the environment override.</summary>
    public static GemmBackendKind Backend => _forced ?? Default.Value;

    private static readonly Lazy<GemmBackendKind> Default = new(Choose);

    /// <summary>What the backend is, for report headers: library path and OpenBLAS's own build description.</summary>
    public static string Describe() => Backend == GemmBackendKind.OpenBlas
        ? $"OpenBLAS ({Native.Value!.LibraryPath}; {Native.Value.Config.Trim()}; {Native.Value.Threads} threads)"
        : $"managed SIMD kernel (Vector<float> × {Vector<float>.Count}, {Environment.ProcessorCount} cores)";

    /// <summary>True when OpenBLAS could be loaded on this machine.</summary>
    public static bool OpenBlasAvailable => Native.Value is not null;

    /// <summary>
    /// Until disposed, each OpenBLAS call runs on the calling thread alone: for callers that run many small products
    /// in parallel themselves (attention's heads), where OpenBLAS's own threads on top of theirs would fight over the
    /// same cores — measured 8× slower than the loops it replaced at ref-10m's attention on 2 cores. The setting is
    /// process-wide, so only code that owns the process's matrix products at that moment may take it.
    /// </summary>
    public static IDisposable OneThreadPerCall()
    {
        if (Backend != GemmBackendKind.OpenBlas) return NothingToRestore.Instance;
        var blas = Native.Value!;
        var before = blas.Threads;
        return before > 1 && blas.TrySetThreads(1) ? new RestoreThreads(blas, before) : NothingToRestore.Instance;
    }

    private sealed class RestoreThreads(OpenBlas blas, int threads) : IDisposable
    {
        public void Dispose() => blas.TrySetThreads(threads);
    }

    private sealed class NothingToRestore : IDisposable
    {
        public static readonly NothingToRestore Instance = new();
        public void Dispose() { }
    }

    /// <summary>Forces a backend for the current process (tests and benchmarks compare them); null restores the default.</summary>
    public static void Force(GemmBackendKind? backend)
    {
        if (backend == GemmBackendKind.OpenBlas && Native.Value is null)
            throw new InvalidOperationException("OpenBLAS is not installed (Debian: apt-get install libopenblas0)");
        _forced = backend;
    }

    public static void Multiply<T>(Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GemmShape.Check(transA, transB, m, n, k, a.Length, b.Length, c.Length);
        if (m == 0 || n == 0) return;
        if (Backend == GemmBackendKind.OpenBlas && k > 0)
        {
            var blas = Native.Value!;
            if (typeof(T) == typeof(float))
            {
                blas.Sgemm(transA, transB, m, n, k, MemoryMarshal.Cast<T, float>(a), MemoryMarshal.Cast<T, float>(b), MemoryMarshal.Cast<T, float>(c), accumulate);
                return;
            }
            if (typeof(T) == typeof(double))
            {
                blas.Dgemm(transA, transB, m, n, k, MemoryMarshal.Cast<T, double>(a), MemoryMarshal.Cast<T, double>(b), MemoryMarshal.Cast<T, double>(c), accumulate);
                return;
            }
        }
        ManagedGemm.Multiply(transA, transB, m, n, k, a, b, c, accumulate);
    }

    private static GemmBackendKind Choose()
    {
        var requested = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var backend = ChooseBackend(requested, Native.Value is not null);
        // Said once per process, because the managed kernel is several times slower and nothing else would show why.
        if (backend == GemmBackendKind.Managed && string.IsNullOrWhiteSpace(requested))
            Console.Error.WriteLine(FallbackNotice);
        return backend;
    }

    /// <summary>The one line printed when OpenBLAS cannot be loaded and the managed kernel takes over.</summary>
    public const string FallbackNotice =
        "moelab: OpenBLAS (libopenblas.so.0) not found; matrix products fall back to the slower managed kernel (Debian: apt-get install libopenblas0)";

    /// <summary>The backend for a <c>MOELAB_BLAS</c> value (null or empty: probe result) and whether OpenBLAS loaded.</summary>
    public static GemmBackendKind ChooseBackend(string? environmentValue, bool openBlasAvailable)
    {
        var requested = environmentValue?.Trim().ToLowerInvariant();
        switch (requested)
        {
            case null or "":
                return openBlasAvailable ? GemmBackendKind.OpenBlas : GemmBackendKind.Managed;
            case "managed":
                return GemmBackendKind.Managed;
            case "openblas":
                if (!openBlasAvailable)
                    throw new MoeLab.Core.Validation.InvalidInputException(
                        "asks for OpenBLAS but libopenblas.so.0 cannot be loaded (Debian: apt-get install libopenblas0)",
                        field: EnvironmentVariable);
                return GemmBackendKind.OpenBlas;
            default:
                throw new MoeLab.Core.Validation.InvalidInputException(
                    $"unknown value '{requested}'; valid: managed, openblas", field: EnvironmentVariable);
        }
    }
}
