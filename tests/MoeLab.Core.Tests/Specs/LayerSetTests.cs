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

    /// <summary>Count takes a shortcut for "every layer from Start on"; changing any other field with <c>with</c> must leave it.</summary>
    [Fact]
    public void Count_AfterWith_OnEveryLayerFromStart_NoStaleShortcut()
    {
        var from2 = LayerSet.FromLayer(2);
        Assert.Equal(8, from2.Count(10));
        Assert.Equal(7, (from2 with { Except = [4] }).Count(10));
        Assert.Equal(4, (from2 with { Period = 2 }).Count(10));            // 2, 4, 6, 8
        Assert.Equal(2, (from2 with { Explicit = [1, 7] }).Count(10));
        Assert.Equal(8, (from2 with { Except = [4] } with { Except = [] }).Count(10));
        Assert.Equal(0, LayerSet.None.Count(10));
        Assert.Equal(10, LayerSet.All.Count(10));
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
