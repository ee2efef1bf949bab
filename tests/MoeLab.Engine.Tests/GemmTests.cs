using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Tests;

public sealed class GemmTests
{
    public static TheoryData<int, int, int> OddShapes => new()
    {
        { 1, 1, 1 }, { 3, 5, 7 }, { 17, 33, 65 }, { 64, 1, 130 }, { 1, 70, 9 }, { 31, 29, 257 },
    };

    [Theory]
    [MemberData(nameof(OddShapes))]
    public void ManagedGemm_OddShapesAllTransposes_MatchesNaiveReference(int m, int n, int k)
    {
        foreach (var (ta, tb, acc) in Variants())
        {
            var (a, b, c0) = Operands(m, n, k, seed: m * 1000 + n * 10 + k);
            var expected = (float[])c0.Clone();
            var actual = (float[])c0.Clone();
            NaiveGemm.Multiply<float>(ta, tb, m, n, k, a, b, expected, acc);
            ManagedGemm.Multiply<float>(ta, tb, m, n, k, a, b, actual, acc);
            AssertClose(expected, actual, k, $"{ta}/{tb}/acc={acc}");
        }
    }

    [Theory]
    [MemberData(nameof(OddShapes))]
    public void OpenBlasGemm_OddShapesAllTransposes_MatchesNaiveReference(int m, int n, int k)
    {
        if (!Gemm.OpenBlasAvailable) return; // the managed test above still covers the fallback
        lock (GemmBackendLock.Gate)
        {
            try
            {
                Gemm.Force(GemmBackendKind.OpenBlas);
                foreach (var (ta, tb, acc) in Variants())
                {
                    var (a, b, c0) = Operands(m, n, k, seed: m + n + k);
                    var expected = (float[])c0.Clone();
                    var actual = (float[])c0.Clone();
                    NaiveGemm.Multiply<float>(ta, tb, m, n, k, a, b, expected, acc);
                    Gemm.Multiply<float>(ta, tb, m, n, k, a, b, actual, acc);
                    AssertClose(expected, actual, k, $"{ta}/{tb}/acc={acc}");
                }
            }
            finally
            {
                Gemm.Force(null);
            }
        }
    }

    [Theory]
    [InlineData(300, 200, 100)] // split by rows of C
    [InlineData(40, 700, 100)]  // wide C: split by columns
    [InlineData(517, 33, 257)]  // ragged last panel
    public void OpenBlasGemm_ProductSplitIntoPanels_MatchesNaiveAndRepeatsBitForBit(int m, int n, int k)
    {
        Assert.True(Gemm.PanelsFor(m, n, k) > 1, "the shape should be large enough to be split");
        if (!Gemm.OpenBlasAvailable) return;
        lock (GemmBackendLock.Gate)
        {
            try
            {
                Gemm.Force(GemmBackendKind.OpenBlas);
                foreach (var (ta, tb, acc) in Variants())
                {
                    var (a, b, c0) = Operands(m, n, k, seed: m + 2 * n + 3 * k);
                    var expected = (float[])c0.Clone();
                    var first = (float[])c0.Clone();
                    var second = (float[])c0.Clone();
                    NaiveGemm.Multiply<float>(ta, tb, m, n, k, a, b, expected, acc);
                    Gemm.Multiply<float>(ta, tb, m, n, k, a, b, first, acc);
                    Gemm.Multiply<float>(ta, tb, m, n, k, a, b, second, acc);
                    AssertClose(expected, first, k, $"{ta}/{tb}/acc={acc}");
                    Assert.Equal(first, second);
                }
            }
            finally
            {
                Gemm.Force(null);
            }
        }
    }

    [Fact]
    public void Gemm_PanelsFor_SmallProductsStayWholeLargeOnesSplitByShapeAlone()
    {
        Assert.Equal(1, Gemm.PanelsFor(64, 64, 64));      // one attention head's scores at tiny-moe: one thread
        Assert.Equal(1, Gemm.PanelsFor(256, 96, 64));     // a tiny-moe expert
        Assert.Equal(8, Gemm.PanelsFor(2048, 256, 256));  // ref-10m's token projections
        Assert.Equal(Gemm.PanelsFor(512, 256, 64), Gemm.PanelsFor(512, 256, 64));
    }

    [Fact]
    public void NaiveGemm_HandComputedTwoByTwo_GivesExactProduct()
    {
        // [1 2; 3 4]·[5 6; 7 8] = [19 22; 43 50]; with B transposed: [1 2; 3 4]·[5 7; 6 8] = [17 23; 39 53]
        float[] a = [1, 2, 3, 4], b = [5, 6, 7, 8], c = new float[4];
        NaiveGemm.Multiply<float>(Transpose.None, Transpose.None, 2, 2, 2, a, b, c, accumulate: false);
        Assert.Equal([19f, 22f, 43f, 50f], c);
        NaiveGemm.Multiply<float>(Transpose.None, Transpose.Transposed, 2, 2, 2, a, b, c, accumulate: false);
        Assert.Equal([17f, 23f, 39f, 53f], c);
    }

    [Fact]
    public void ManagedGemm_SameInputsTwice_BitIdentical()
    {
        var (a, b, _) = Operands(96, 80, 200, seed: 7);
        var first = new float[96 * 80];
        var second = new float[96 * 80];
        ManagedGemm.Multiply<float>(Transpose.None, Transpose.Transposed, 96, 80, 200, a, b, first, false);
        ManagedGemm.Multiply<float>(Transpose.None, Transpose.Transposed, 96, 80, 200, a, b, second, false);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ManagedGemm_DoublePrecision_MatchesNaiveToRoundoff()
    {
        var rng = new Random(3);
        var a = Enumerable.Range(0, 13 * 21).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, 21 * 11).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var expected = new double[13 * 11];
        var actual = new double[13 * 11];
        NaiveGemm.Multiply<double>(Transpose.Transposed, Transpose.None, 13, 11, 21, a, b, expected, false);
        ManagedGemm.Multiply<double>(Transpose.Transposed, Transpose.None, 13, 11, 21, a, b, actual, false);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12);
    }

    private static IEnumerable<(Transpose, Transpose, bool)> Variants()
    {
        foreach (var ta in new[] { Transpose.None, Transpose.Transposed })
        foreach (var tb in new[] { Transpose.None, Transpose.Transposed })
        foreach (var acc in new[] { false, true })
            yield return (ta, tb, acc);
    }

    private static (float[] A, float[] B, float[] C) Operands(int m, int n, int k, int seed)
    {
        var rng = new Random(seed);
        float Next() => (float)(rng.NextDouble() * 2 - 1);
        return (Enumerable.Range(0, m * k).Select(_ => Next()).ToArray(),
                Enumerable.Range(0, k * n).Select(_ => Next()).ToArray(),
                Enumerable.Range(0, m * n).Select(_ => Next()).ToArray());
    }

    private static void AssertClose(float[] expected, float[] actual, int k, string what)
    {
        // float32 round-off of a k-term dot product of values in [−1, 1] stays far below k·1e-6.
        var tolerance = 1e-5 + k * 2e-6;
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{what}: element {i} expected {expected[i]} got {actual[i]}");
    }
}

/// <summary>Tests that force a gemm backend hold this, so they never race with each other.</summary>
internal static class GemmBackendLock
{
    public static readonly object Gate = new();
}

public sealed class GemmBackendChoiceTests
{
    [Theory]
    [InlineData(null, true, GemmBackendKind.OpenBlas)]
    [InlineData("", false, GemmBackendKind.Managed)]
    [InlineData(" Managed ", true, GemmBackendKind.Managed)]
    [InlineData("openblas", true, GemmBackendKind.OpenBlas)]
    public void Gemm_EnvironmentOverride_PicksBackend(string? value, bool available, GemmBackendKind expected) =>
        Assert.Equal(expected, Gemm.ChooseBackend(value, available));

    [Fact]
    public void Gemm_OpenBlasRequestedButMissing_IsBadInputNotSilentFallback()
    {
        var error = Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => Gemm.ChooseBackend("openblas", false));
        Assert.Contains("libopenblas0", error.Message);
        var unknown = Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => Gemm.ChooseBackend("mkl", true));
        Assert.Contains("managed, openblas", unknown.Message);
    }
}
