using MoeLab.Engine.Kernels;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Says once per process, on stderr, that matrix products fall back to the managed kernel because OpenBLAS could not be
/// loaded — the engine only reports it (<see cref="Gemm.FellBack"/>); printing is the CLI's business. Nothing is said
/// when OpenBLAS runs or when MOELAB_BLAS=managed asked for the managed kernel.
/// </summary>
public sealed class BlasNotice
{
    private int _said;

    /// <summary>The process's one notice.</summary>
    public static BlasNotice Process { get; } = new();

    /// <summary>Writes <see cref="Gemm.FallbackNotice"/> the first time it is called with fellBack true; true when it wrote.</summary>
    public bool SayOnce(TextWriter stderr, bool fellBack)
    {
        if (!fellBack || Interlocked.Exchange(ref _said, 1) == 1) return false;
        stderr.WriteLine(Gemm.FallbackNotice);
        return true;
    }

    /// <summary>Before a command runs the engine's matrix products.</summary>
    public static void BeforeEngineWork(TextWriter stderr) => Process.SayOnce(stderr, Gemm.FellBack);
}
