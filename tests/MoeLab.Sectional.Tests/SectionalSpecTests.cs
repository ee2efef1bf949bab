using MoeLab.Core.Validation;

namespace MoeLab.Sectional.Tests;

public class SectionalSpecTests
{
    [Theory]
    [InlineData(-4096L, 2048L, "d")]
    [InlineData(4096L, 0L, "seq")]
    public void Validate_NonPositiveSizes_NameTheField(long d, long n, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => new SectionalSpec(d, n).Validate());
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Validate_HeadsNotDividingD_NamesPreHeads()
    {
        var e = Assert.Throws<InvalidInputException>(() => new SectionalSpec(100, 16, PreExpertHeads: 3).Validate());
        Assert.Equal("pre-heads", e.Field);
    }

    [Fact]
    public void Validate_FixedReducedLengthLongerThanSequence_NamesReducedSeq()
    {
        var e = Assert.Throws<InvalidInputException>(() => (new SectionalSpec(64, 16) { ReducedLength = ReducedLength.Fixed(17) }).Validate());
        Assert.Equal("reduced-seq", e.Field);
    }

    [Fact]
    public void Validate_ShorterSequenceWithoutPreExpertLayer_IsRefused()
    {
        var spec = new SectionalSpec(64, 16, HasPreExpertLayer: false) { ReducedLength = ReducedLength.DividedByExpertCount };
        var e = Assert.Throws<InvalidInputException>(() => spec.Validate());
        Assert.Equal("reduced-seq", e.Field);
    }

    [Theory]
    [InlineData(3L, "does not divide d")]
    [InlineData(0L, "at least 1")]
    public void DivisibilityProblem_NamesTheRule(long e, string expected)
    {
        Assert.Contains(expected, new SectionalSpec(4096, 2048).DivisibilityProblem(e));
        Assert.Null(new SectionalSpec(4096, 2048).DivisibilityProblem(64));
    }
}
