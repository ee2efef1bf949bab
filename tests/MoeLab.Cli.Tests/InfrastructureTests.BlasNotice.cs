using MoeLab.Cli.Infrastructure;
using MoeLab.Engine.Kernels;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    [Fact]
    public void BlasNotice_OpenBlasMissing_SaysOneLineOncePerProcess()
    {
        var notice = new BlasNotice(); // a fresh "process"
        var stderr = new StringWriter();

        Assert.True(notice.SayOnce(stderr, fellBack: true));
        Assert.False(notice.SayOnce(stderr, fellBack: true));
        Assert.False(notice.SayOnce(stderr, fellBack: true));

        Assert.Equal(Gemm.FallbackNotice + Environment.NewLine, stderr.ToString());
        Assert.Contains("apt-get install libopenblas0", Gemm.FallbackNotice);
    }

    [Fact]
    public void BlasNotice_OpenBlasRunsOrManagedAskedFor_SaysNothing()
    {
        var notice = new BlasNotice();
        var stderr = new StringWriter();
        Assert.False(notice.SayOnce(stderr, fellBack: false));
        Assert.Empty(stderr.ToString());
        // In this process: OpenBLAS loaded (or MOELAB_BLAS chose), or a test forced a backend: never a fallback notice.
        if (Gemm.OpenBlasAvailable || Environment.GetEnvironmentVariable(Gemm.EnvironmentVariable) is { Length: > 0 })
            Assert.False(Gemm.FellBack);
    }
}
