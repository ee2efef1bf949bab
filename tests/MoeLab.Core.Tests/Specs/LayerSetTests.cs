using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Specs;

public sealed class LayerSetTests
{
    [Fact]
    public void Count_MatchesBruteForceEnumeration_ForManyPatterns()
    {
        for (var layers = 0; layers <= 40; layers += 3)
        for (var period = 1; period <= 5; period++)
        for (var offset = 0; offset < period; offset++)
        for (var start = 0; start <= 7; start += 2)
        {
            var set = LayerSet.Every(period, offset, start) with { Except = [2, 5] };
            var brute = Enumerable.Range(0, layers).Count(i => i >= start && i % period == offset && i != 2 && i != 5);
            Assert.Equal(brute, set.Count(layers));
            Assert.Equal(brute, set.Members(layers).Count());
        }
    }

    [Fact]
    public void Equality_IsByValue_IncludingLists()
    {
        Assert.Equal(LayerSet.Only([3, 1, 1]), LayerSet.Only([1, 3]));
        Assert.Equal(LayerSet.Every(2, 1) with { Except = [3] }, LayerSet.Every(2, 1) with { Except = [3] });
        Assert.NotEqual(LayerSet.All, LayerSet.None);
        Assert.Equal(LayerSet.Only([1, 3]).GetHashCode(), LayerSet.Only([3, 1]).GetHashCode());
    }
}
