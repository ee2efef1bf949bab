using System.Runtime.InteropServices;

namespace MoeLab.Engine.Kernels;

/// <summary>
/// OpenBLAS's CBLAS entry points, found at run time (Debian: libopenblas0 / libopenblas0-pthread). Nothing is linked
/// at build time, so the engine still runs where the library is absent: <see cref="TryLoad"/> just says no.
/// </summary>
internal sealed unsafe class OpenBlas
{
    private const int RowMajor = 101, NoTrans = 111, Trans = 112;

    private static readonly string[] Candidates =
    [
        "libopenblas.so.0",
        "libopenblas.so",
        "/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
        "/usr/lib/aarch64-linux-gnu/libopenblas.so.0",
        "libopenblas.dylib",
        "libopenblas.dll",
    ];

    private readonly delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void> _sgemm;
    private readonly delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> _dgemm;
    private readonly delegate* unmanaged<int> _threads;
    private readonly delegate* unmanaged<int, void> _setThreads;
    private readonly delegate* unmanaged<byte*> _config;

    private OpenBlas(nint handle, string path)
    {
        LibraryPath = path;
        _sgemm = (delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)NativeLibrary.GetExport(handle, "cblas_sgemm");
        _dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)NativeLibrary.GetExport(handle, "cblas_dgemm");
        _threads = NativeLibrary.TryGetExport(handle, "openblas_get_num_threads", out var t) ? (delegate* unmanaged<int>)t : null;
        _setThreads = NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var st) ? (delegate* unmanaged<int, void>)st : null;
        _config = NativeLibrary.TryGetExport(handle, "openblas_get_config", out var cfg) ? (delegate* unmanaged<byte*>)cfg : null;
    }

    public string LibraryPath { get; }

    public int Threads => _threads is null ? 0 : _threads();

    /// <summary>Sets the threads each call may use; false when this build cannot (then nothing changes).</summary>
    public bool TrySetThreads(int threads)
    {
        if (_setThreads is null || _threads is null) return false;
        _setThreads(threads);
        return true;
    }

    public string Config => _config is null ? "unknown" : Marshal.PtrToStringUTF8((nint)_config()) ?? "unknown";

    public static OpenBlas? TryLoad()
    {
        foreach (var candidate in Candidates)
        {
            if (!NativeLibrary.TryLoad(candidate, out var handle)) continue;
            if (NativeLibrary.TryGetExport(handle, "cblas_sgemm", out _) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out _))
                return new OpenBlas(handle, candidate);
            NativeLibrary.Free(handle);
        }
        return null;
    }

    /// <summary>sgemm on raw pointers with explicit leading dimensions (one panel of a larger product).</summary>
    public void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float* a, int lda, float* b, int ldb, float* c, int ldc, bool accumulate) =>
        _sgemm(RowMajor, Op(transA), Op(transB), m, n, k, 1f, a, lda, b, ldb, accumulate ? 1f : 0f, c, ldc);

    public void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double* a, int lda, double* b, int ldb, double* c, int ldc, bool accumulate) =>
        _dgemm(RowMajor, Op(transA), Op(transB), m, n, k, 1d, a, lda, b, ldb, accumulate ? 1d : 0d, c, ldc);

    private static int Op(Transpose t) => t == Transpose.None ? NoTrans : Trans;
}
