using MoeLab.Core.Validation;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Tests;

/// <summary>Experts split g ways (the granularity presets of seed 000's claim): the same expert parameters, a bigger router.</summary>
public sealed class ExpertGranularityTests
{
    [Theory]
    [InlineData("tiny-moe", 2)]
    [InlineData("tiny-moe", 4)]
    [InlineData("tiny-moe", 8)]
    [InlineData("small-moe", 2)]
    [InlineData("small-moe", 4)]
    public void Split_KeepsTotalAndActiveExpertParameters_OnlyTheRouterGrows(string preset, int g)
    {
        var coarse = EnginePresets.Get(preset);
        var fine = coarse.WithExpertsSplit(g).Validated();
        var (a, b) = (new ParameterLayout(coarse), new ParameterLayout(fine));

        Assert.Equal((coarse.Experts * g, coarse.TopK * g, coarse.ExpertHidden / g, coarse.SharedExperts * g), (fine.Experts, fine.TopK, fine.ExpertHidden, fine.SharedExperts));
        // Counted independently of the layout: the router is d × E per MoE layer, so it grows by d·E·(g − 1) per MoE layer.
        long moeLayers = coarse.Layers - coarse.FirstDenseLayers;
        var routerGrowth = moeLayers * coarse.ModelDim * coarse.Experts * (g - 1);
        Assert.Equal(a.TotalParameters + routerGrowth, b.TotalParameters);
        Assert.Equal(a.ActiveParameters + routerGrowth, b.ActiveParameters);
        // Layout-free cross-check of the expert tensors themselves: 3·d·h per expert, E·g experts of width h/g.
        long ExpertWeights(EngineConfig c) => moeLayers * 3L * c.ModelDim * c.ExpertHidden * (c.Experts + c.SharedExperts);
        Assert.Equal(ExpertWeights(coarse), ExpertWeights(fine));
    }

    [Fact]
    public void Split_ByOne_IsTheSameModel() =>
        Assert.Same(EnginePresets.Get("tiny-moe"), EnginePresets.Get("tiny-moe").WithExpertsSplit(1));

    [Fact]
    public void Split_Refused_WhenItDoesNotDivideOrTheModelIsDense()
    {
        Assert.Contains("must divide the expert width 96", Assert.Throws<InvalidInputException>(() => EnginePresets.Get("tiny-moe").WithExpertsSplit(5)).Message);
        Assert.Contains("dense", Assert.Throws<InvalidInputException>(() => EnginePresets.Get("tiny-dense").WithExpertsSplit(2)).Message);
        Assert.Throws<InvalidInputException>(() => EnginePresets.Get("tiny-moe").WithExpertsSplit(0));
    }
}
