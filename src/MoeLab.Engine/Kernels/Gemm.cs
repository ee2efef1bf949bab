using System.Numerics;

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
/// <para>
/// Threading: OpenBLAS is set to one thread per call once, when it is loaded, and never changed again. A product
/// of more than <see cref="SplitWork"/> multiply-adds is cut by the engine into panels of C (rows, or columns when C
/// is wide) and the panels run in parallel, one single-threaded sgemm each; smaller products run on the calling
/// thread. How a product is cut depends on its shape only — not on the number of cores or on what else runs — so
/// every product rounds the same way on every run (the bit-exact resume tests rely on it). The panels run on the
/// engine's <see cref="WorkerTeam"/>, which allocates nothing per product. The profile this
/// replaces spent ≈ 35% of its samples in OpenBLAS's worker threads spinning between the engine's many small products.
/// </para>
/// </summary>
public static class Gemm
{
    public const string EnvironmentVariable = "MOELAB_BLAS";

    // Loaded once; OpenBLAS's own threads are switched off for good right here (see the class remarks).
    private static readonly Lazy<OpenBlas?> NativeBlas = new(() =>
    {
        var blas = OpenBlas.TryLoad();
        if (blas is not null) { CoresOpenBlasWanted = blas.Threads; blas.TrySetThreads(1); }
        return blas;
    });

    /// <summary>The threads OpenBLAS would have used on its own (its default, before the engine set it to one).</summary>
    private static int CoresOpenBlasWanted;
    private static GemmBackendKind? _forced;

    /// <summary>The backend in use after probing and the environment override.</summary>
    public static GemmBackendKind Backend => _forced ?? Default.Value;

    private static readonly Lazy<GemmBackendKind> Default = new(Choose);

    /// <summary>What the backend is, for report headers: library path and OpenBLAS's own build description.</summary>
    public static string Describe() => Backend == GemmBackendKind.OpenBlas
        ? $"OpenBLAS ({NativeBlas.Value!.LibraryPath}; {NativeBlas.Value.Config.Trim()}; one thread per call, products > {SplitWork:N0} multiply-adds split over {Environment.ProcessorCount} cores by the engine; OpenBLAS alone would use {CoresOpenBlasWanted})"
        : $"managed SIMD kernel (Vector<float> × {Vector<float>.Count}, {Environment.ProcessorCount} cores)";

    /// <summary>True when OpenBLAS could be loaded on this machine.</summary>
    public static bool OpenBlasAvailable => NativeBlas.Value is not null;

    /// <summary>Multiply-adds (m·n·k) above which a product is split into parallel panels.</summary>
    public const long SplitWork = 1L << 21;

    /// <summary>Fewest multiply-adds in one panel, and the most panels a product is cut into.</summary>
    private const long PanelWork = 1L << 20;
    private const int MaxPanels = 8, PanelAlign = 16;

    /// <summary>
    /// True when the managed kernel runs because OpenBLAS could not be loaded (not because MOELAB_BLAS asked for it):
    /// the CLI says so once per process, since the managed kernel is several times slower and nothing else shows why.
    /// </summary>
    public static bool FellBack => Backend == GemmBackendKind.Managed && _forced is null &&
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The one line the CLI prints when <see cref="FellBack"/>.</summary>
    public const string FallbackNotice =
        "moelab: OpenBLAS (libopenblas.so.0) not found; matrix products fall back to the slower managed kernel (Debian: apt-get install libopenblas0)";

    /// <summary>
    /// How many panels a product of this shape is cut into (1 = not split): a function of the shape alone, so the
    /// rounding of every product is the same on every run and every machine with the same OpenBLAS kernel.
    /// </summary>
    public static int PanelsFor(int m, int n, int k)
    {
        var work = (long)m * n * k;
        if (work <= SplitWork) return 1; // e.g. one attention head of ref-10m (256·256·32 = 2²¹): heads already run in parallel
        var along = Math.Max(m, n);
        var panels = (int)Math.Min(MaxPanels, Math.Min(work / PanelWork, along / PanelAlign));
        return Math.Max(1, panels);
    }

    /// <summary>Forces a backend for the current process (tests and benchmarks compare them); null restores the default.</summary>
    public static void Force(GemmBackendKind? backend)
    {
        if (backend == GemmBackendKind.OpenBlas && NativeBlas.Value is null)
            throw new InvalidOperationException("OpenBLAS is not installed (Debian: apt-get install libopenblas0)");
        _forced = backend;
    }

    public static void Multiply<T>(Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, bool accumulate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        GemmShape.Check(transA, transB, m, n, k, a.Length, b.Length, c.Length);
        if (m == 0 || n == 0) return;
        if (Backend == GemmBackendKind.OpenBlas && k > 0 && (typeof(T) == typeof(float) || typeof(T) == typeof(double)))
        {
            unsafe
            {
                fixed (T* pa = a) fixed (T* pb = b) fixed (T* pc = c)
                {
                    var panels = PanelsFor(m, n, k);
                    if (panels == 1)
                    {
                        Native(transA, transB, m, n, k, pa, pb, pc, 0, m, 0, n, accumulate);
                        return;
                    }
                    var byRows = m >= n;
                    var along = byRows ? m : n;
                    // Panel edges on multiples of PanelAlign, the same for every call with this shape.
                    var step = (along / panels + PanelAlign - 1) / PanelAlign * PanelAlign;
                    var work = new Panels<T>
                    {
                        TransA = transA, TransB = transB, M = m, N = n, K = k, A = (nint)pa, B = (nint)pb, C = (nint)pc,
                        ByRows = byRows, Along = along, Step = step, Accumulate = accumulate,
                    };
                    WorkerTeam.For((along + step - 1) / step, ref work);
                }
            }
            return;
        }
        ManagedGemm.Multiply(transA, transB, m, n, k, a, b, c, accumulate);
    }

    /// <summary>Panel p of a split product: rows (or columns) [p·Step, (p+1)·Step) of C, one single-threaded sgemm.</summary>
    private struct Panels<T> : IIndexedWork where T : unmanaged
    {
        public Transpose TransA, TransB;
        public int M, N, K, Along, Step;
        public nint A, B, C;
        public bool ByRows, Accumulate;

        public readonly unsafe void Run(int p)
        {
            var start = p * Step;
            var end = Math.Min(Along, start + Step);
            if (ByRows) Native(TransA, TransB, M, N, K, (T*)A, (T*)B, (T*)C, start, end, 0, N, Accumulate);
            else Native(TransA, TransB, M, N, K, (T*)A, (T*)B, (T*)C, 0, M, start, end, Accumulate);
        }
    }

    /// <summary>The block rows [i0, i1) × columns [j0, j1) of C = op(A)·op(B), one single-threaded OpenBLAS call.</summary>
    private static unsafe void Native<T>(Transpose transA, Transpose transB, int m, int n, int k, T* a, T* b, T* c,
        int i0, int i1, int j0, int j1, bool accumulate) where T : unmanaged
    {
        // Row-major leading dimensions of the whole operands; a panel only moves the start pointers.
        int lda = transA == Transpose.None ? k : m, ldb = transB == Transpose.None ? n : k;
        var pa = transA == Transpose.None ? a + (long)i0 * k : a + i0;
        var pb = transB == Transpose.None ? b + j0 : b + (long)j0 * k;
        var pc = c + (long)i0 * n + j0;
        var blas = NativeBlas.Value!;
        if (typeof(T) == typeof(float))
            blas.Sgemm(transA, transB, i1 - i0, j1 - j0, k, (float*)pa, lda, (float*)pb, ldb, (float*)pc, n, accumulate);
        else
            blas.Dgemm(transA, transB, i1 - i0, j1 - j0, k, (double*)pa, lda, (double*)pb, ldb, (double*)pc, n, accumulate);
    }

    private static GemmBackendKind Choose() =>
        ChooseBackend(Environment.GetEnvironmentVariable(EnvironmentVariable), NativeBlas.Value is not null);

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
