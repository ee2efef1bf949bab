using MoeLab.Core.Units;

namespace MoeLab.Core.Tests.Units;

public sealed class UnitFormatTests
{
    [Theory]
    [InlineData(46_702_792_704.0, "46.70 B")]
    [InlineData(12_879_925_248.0, "12.88 B")]
    [InlineData(1.5e12, "1.50 T")]
    [InlineData(800e6, "800.00 M")]
    [InlineData(512.0, "512")]
    public void Count_UsesCountSuffixes(double value, string expected) => Assert.Equal(expected, UnitFormat.Count(value));

    [Theory]
    [InlineData(93.4e9, "93.4 GB")]
    [InlineData(999.96e9, "1000 GB")]
    [InlineData(3.35e12, "3.35 TB")]
    public void BytesDecimal_Si(double bytes, string expected) => Assert.Equal(expected, UnitFormat.BytesDecimal(bytes));

    [Fact]
    public void BytesBinary_IsLabelledGiB() => Assert.Equal("87.0 GiB", UnitFormat.BytesBinary(87.0 * (1L << 30)));

    [Fact]
    public void Bandwidth_And_Flops() =>
        Assert.Equal(("3.35 TB/s", "5.95 GFLOPs"), (UnitFormat.Bandwidth(3.35e12), UnitFormat.Flops(5_946_946_944)));

    [Theory]
    [InlineData(0.0125, "12.5 ms")]
    [InlineData(2.5e-6, "2.50 µs")]
    [InlineData(3.0, "3.00 s")]
    [InlineData(600.0, "10.0 min")]
    public void Time_PicksUnit(double seconds, string expected) => Assert.Equal(expected, UnitFormat.Time(seconds));

    [Fact]
    public void Exact_HasThousandsSeparators() => Assert.Equal("722,722,368", UnitFormat.Exact(722_722_368));

    // Float noise such as 3e-17 bytes once crashed the granularity report (Math.Round allows ≤ 15 decimals).
    [Theory]
    [InlineData(3e-17, "3e-17")]
    [InlineData(-1.234567e-20, "-1.23e-20")]
    public void Significant_TinyValues_UseAnExponent(double value, string expected) =>
        Assert.Equal(expected, UnitFormat.Significant(value));

    [Fact]
    public void BytesDecimal_FloatNoise_DoesNotThrow() => Assert.Equal("3e-17 B", UnitFormat.BytesDecimal(3e-17));

    // Past T a count used to print as a seven-digit mantissa ("3932161.56 T"); it now switches to a power of ten.
    [Theory]
    [InlineData(3_932_161_556_532_494_336.0, "3.93×10¹⁸")]
    [InlineData(999.9e12, "999.90 T")]
    [InlineData(1e15, "1.00×10¹⁵")]
    [InlineData(-1.5e20, "-1.50×10²⁰")]
    [InlineData(9.996e17, "1.00×10¹⁸")]
    public void Count_BeyondTrillions_IsAPowerOfTen(double value, string expected) => Assert.Equal(expected, UnitFormat.Count(value));

    [Theory]
    [InlineData(7_864_323_113_064_988_672.0, "7.86 EB")]
    [InlineData(long.MaxValue, "9.22 EB")]
    [InlineData(2.5e22, "25.0 ZB")]
    [InlineData(1e26, "100 YB")]
    [InlineData(1.76e31, "1.76×10³¹ B")]
    public void BytesDecimal_UpToYotta_ThenAPowerOfTen(double bytes, string expected) => Assert.Equal(expected, UnitFormat.BytesDecimal(bytes));

    [Fact]
    public void Flops_BeyondExa_UseZettaAndYotta() =>
        Assert.Equal(("3.00 ZFLOPs", "1.00×10⁴⁰ FLOPs"), (UnitFormat.Flops(3e21), UnitFormat.Flops(1e40)));

    [Theory]
    [InlineData(1.234e-20, "1.23×10⁻²⁰")]
    [InlineData(6.02214076e23, "6.02×10²³")]
    public void Scientific_WritesSuperscriptExponents(double value, string expected) => Assert.Equal(expected, UnitFormat.Scientific(value));
}
