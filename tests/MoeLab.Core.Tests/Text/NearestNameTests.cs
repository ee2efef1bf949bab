using MoeLab.Core.Text;

namespace MoeLab.Core.Tests.Text;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("flaw", "lawn", 2)]
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
}
