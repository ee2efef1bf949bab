using MoeLab.Reports.Plan;

namespace MoeLab.Reports.Tests.Plan;

public sealed class PublishedNeighboursTests
{
    // Vendors' own figures (embeddings included), as quoted in data/models: a model with exactly these
    // counts must find the model that published them first.
    [Theory]
    [InlineData(12.9e9, 46.7e9, "mixtral-8x7b-v0.1")] // Mistral: 12.9 B active of 46.7 B
    [InlineData(37e9, 671e9, "deepseek-v3")]          // DeepSeek-V3 report: 37 B active of 671 B (MTP excluded)
    [InlineData(1.3e9, 6.9e9, "olmoe-1b-7b-0924")]    // OLMoE: 1.3 B active of 6.9 B
    public void Nearest_PublishedCounts_FindTheModelThatPublishedThem(double active, double total, string model)
    {
        var near = PublishedNeighbours.Nearest(active, total);

        Assert.Equal(model, near[0].Name);
        Assert.True(near[0].Distance < 0.1, $"distance {near[0].Distance}");
    }

    [Fact]
    public void Nearest_IsSortedByDistance()
    {
        var near = PublishedNeighbours.Nearest(3e9, 20e9, count: 6);

        Assert.Equal(6, near.Count);
        for (var i = 1; i < near.Count; i++) Assert.True(near[i].Distance >= near[i - 1].Distance);
    }
}
