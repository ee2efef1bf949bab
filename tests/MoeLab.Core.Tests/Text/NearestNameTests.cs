using MoeLab.Core.Text;

namespace MoeLab.Core.Tests.Text;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("lur", "lru", 1)]
    [InlineData("ca", "abc", 3)]
    public void Distance_KnownPairs(string a, string b, int expected) => Assert.Equal(expected, NearestName.Distance(a, b));

    [Fact]
    public void Suggest_PicksClosest_AndNothingForNonsense()
    {
        string[] names = ["mixtral-8x7b", "mixtral-8x22b", "deepseek-v3", "dbrx"];
        Assert.Equal("deepseek-v3", NearestName.Suggest("deepsek-v3", names));
        Assert.Equal("mixtral-8x22b", NearestName.Suggest("Mixtral-8x22", names));
        Assert.Equal("mixtral-8x7b", NearestName.Suggest("mixtrl", names));
        Assert.Null(NearestName.Suggest("qqqqqqqqqqqq", names));
    }

    [Theory]
    [InlineData("lur", "lru")]
    [InlineData("LFU", "lfu")]
    [InlineData("fifoo", "fifo")]
    [InlineData("xyz", null)]
    [InlineData("", null)]
    public void SuggestStrict_OptionValues_SuggestsOnlyCloseNames(string input, string? expected) =>
        Assert.Equal(expected, NearestName.SuggestStrict(input, ["lru", "lfu", "fifo"]));

    [Fact]
    public void SuggestStrict_UnambiguousPrefix_IsAccepted()
    {
        Assert.Equal("qwen3-30b-a3b", NearestName.SuggestStrict("qwen3", ["qwen3-30b-a3b", "mixtral-8x7b"]));
        Assert.Null(NearestName.SuggestStrict("qwen", ["qwen3-30b-a3b", "qwen2-57b-a14b"]));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("Same", "same", 0)]
    public void Distance_IgnoringCase_MatchesHandCountedEdits(string a, string b, int expected) =>
        Assert.Equal(expected, NearestName.Distance(a, b, ignoreCase: true));
}
