using MoeLab.Core.Specs;
using MoeLab.Core.Tests.Accounting;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Specs;

public sealed class SpecValidationTests
{
    private static string FieldOf(MoeSpec spec) => Assert.Throws<InvalidInputException>(() => spec.Validate()).Field!;

    [Fact]
    public void Valid_HandSpec_Passes() => Assert.Same(SmallSpecs.Hand.Validate().GetType(), typeof(MoeSpec));

    [Fact]
    public void TopKAboveExperts_NamesTopK()
    {
        var spec = SmallSpecs.Hand with { Experts = new RoutedExpertsSpec(4, 5, new FfnSpec(32)) };
        var e = Assert.Throws<InvalidInputException>(() => spec.Validate());
        Assert.Equal("experts.top_k", e.Field);
        Assert.Contains("top-k (5) cannot exceed the number of routed experts (4)", e.Message);
    }

    [Theory]
    [InlineData(0, "hidden_size")]
    [InlineData(-1, "hidden_size")]
    public void NonPositiveWidth_NamesField(int width, string field) =>
        Assert.Equal(field, FieldOf(SmallSpecs.Hand with { HiddenSize = width }));

    [Fact]
    public void KvHeadsNotDividingQueryHeads_NamesKvHeads() =>
        Assert.Equal("attention.kv_heads", FieldOf(SmallSpecs.Hand with { Attention = AttentionSpec.Standard(6, 4, 16) }));

    [Fact]
    public void ZeroHeadDim_NamesHeadDim() =>
        Assert.Equal("attention.head_dim", FieldOf(SmallSpecs.Hand with { Attention = AttentionSpec.Standard(4, 2, 0) }));

    [Fact]
    public void DenseLayersWithoutDenseFfn_NamesDenseFfn() =>
        Assert.Equal("dense_ffn", FieldOf(SmallSpecs.Hand with { DenseFfn = null }));

    [Fact]
    public void ZeroExpertWidth_NamesWidth() =>
        Assert.Equal("experts.width", FieldOf(SmallSpecs.Hand with { Experts = new RoutedExpertsSpec(8, 2, new FfnSpec(0)) }));

    [Fact]
    public void LayerIndexOutOfRange_NamesLayerSet() =>
        Assert.Equal("moe_layers", FieldOf(SmallSpecs.Hand with { MoeLayers = LayerSet.Only([1, 9]) }));

    [Fact]
    public void MlaRopeNotBelowHeadDim_NamesRope() =>
        Assert.Equal("attention.mla.rope_head_dim",
            FieldOf(SmallSpecs.Hand with { Attention = AttentionSpec.Latent(4, 0, 32, 0, 16, 16) with { } }));

    [Fact]
    public void MlaKind_FollowsFromMla()
    {
        Assert.Equal(AttentionKind.Mla, AttentionSpec.Latent(4, 16, 32, 16, 8, 16).Kind);
        Assert.Equal(AttentionKind.Gqa, AttentionSpec.Standard(8, 2, 16).Kind);
        Assert.Equal(AttentionKind.Mqa, AttentionSpec.Standard(8, 1, 16).Kind);
        Assert.Equal(AttentionKind.Mha, AttentionSpec.Standard(8, 8, 16).Kind);
    }
}
