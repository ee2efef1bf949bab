using MoeLab.Core.Validation;
using MoeLab.Offload.Caching;

namespace MoeLab.Offload.Tests;

public sealed class PolicyCatalogTests
{
    [Fact]
    public void UnknownPolicy_Typo_SuggestsNearestAndListsAll()
    {
        var e = Assert.Throws<InvalidInputException>(() => CachePolicyCatalog.Validate(CachePolicySpec.Parse("lruu")));
        Assert.Contains("did you mean 'lru'", e.Message);
        Assert.Contains("fifo", e.Message);
    }

    [Fact]
    public void UnknownParameter_IsRejectedWithTheValidKeys()
    {
        var e = Assert.Throws<InvalidInputException>(() => CachePolicyCatalog.Validate(CachePolicySpec.Parse("lfu(decy=0.9)")));
        Assert.Contains("decay", e.Message);
    }

    [Fact]
    public void ParseList_ParenthesesKeepCommas()
    {
        var specs = CachePolicySpec.ParseList("lru, lfu(decay=0.9), opt(bypass=false)");
        Assert.Equal(["lru", "lfu", "opt"], specs.Select(s => s.Name));
        Assert.Equal("0.9", specs[1].Parameters["decay"]);
    }

    [Fact]
    public void Opt_WithoutNextUse_IsRefused()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            new ExpertCache(new Traces.TraceShape(2, 8, 2), CacheCapacity.InExperts(2), 1, CachePolicySpec.Parse("opt"), hasNextUse: false));
        Assert.Contains("next-use", e.Message);
    }

    [Fact]
    public void DisplayName_CarriesParameters()
    {
        var policy = CachePolicyCatalog.Create(CachePolicySpec.Parse("lfu(decay=0.5)"), new CachePolicyContext(8, 2, null, false));
        Assert.Equal("lfu(decay=0.5)", policy.Name);
    }
}
