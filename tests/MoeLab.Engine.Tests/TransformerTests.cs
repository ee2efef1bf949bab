using MoeLab.Engine.Model;
using static MoeLab.Engine.Tests.GradientCheck;

namespace MoeLab.Engine.Tests;

public sealed class TransformerTests
{
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Transformer_Float64Backward_MatchesFiniteDifferencesInEveryTensor(bool tied, int shared)
    {
        var config = TinyModels.Moe(tied, shared) with { ContextLength = 6, LoadBalanceCoef = 0.05, RouterZLossCoef = 0.01 };
        WholeModelGradientCheck.Run(config, dataSeed: 1, checkEmbeddingRows: true);
    }

    [Fact]
    public void ParameterLayout_MoeConfig_CountsMatchHandFormula()
    {
        var c = TinyModels.Moe(tied: false, shared: 1);
        var layout = new ParameterLayout(c);
        int d = c.ModelDim, hd = c.EffectiveHeadDim;
        long attention = (long)d * hd * (c.Heads + 2 * c.KvHeads) + (long)d * hd * c.Heads;
        long dense = 3L * d * c.DenseHidden;
        long moe = (long)c.Experts * d + 3L * d * c.ExpertHidden * (c.Experts + c.SharedExperts);
        long norms = 2L * d * c.Layers + d;
        long expected = 2L * 256 * d + c.Layers * attention + dense + moe + norms;
        Xunit.Assert.Equal(expected, layout.TotalParameters);
        Xunit.Assert.Equal(expected - 3L * d * c.ExpertHidden * (c.Experts - c.TopK), layout.ActiveParameters);
        Xunit.Assert.Equal(expected - 256L * d, new ParameterLayout(c with { TiedEmbeddings = true }).TotalParameters);
    }

    [Fact]
    public void Transformer_ForwardWithAnotherShape_IsRefused()
    {
        var model = new Transformer<float>(TinyModels.Dense());
        model.Initialise(1);
        model.Forward(new int[8], new int[8], 2, 4);
        Xunit.Assert.Throws<InvalidOperationException>(() => model.Forward(new int[6], new int[6], 2, 3));
    }

    [Fact]
    public void Transformer_CountedFlops_MatchSixTimesActiveMatrixParamsPlusAttention()
    {
        // Independent count: each active matrix weight costs 2 FLOPs per token forward and 4 backward; causal attention
        // costs 4·hd·(T+1)/2 per head forward (QKᵀ and AV) and twice that backward.
        var c = TinyModels.Moe(tied: true, shared: 1);
        var model = new Transformer<float>(c);
        model.Initialise(3);
        const int b = 2, t = 16;
        var tokens = new int[b * t];
        model.Forward(tokens, tokens, b, t);
        model.Backward();
        var layout = model.Layout;
        long activeMatrix = layout.Slots.Where(s => s.Shape.Length >= 2).Sum(s => s.Length)
            - 3L * c.ExpertHidden * c.ModelDim * (c.Experts - c.TopK) * c.MoeLayerCount;
        var attention = 4.0 * c.EffectiveHeadDim * (t + 1) / 2.0 * c.Heads * c.Layers;
        var expectedPerToken = 6.0 * activeMatrix + 3 * attention;
        Xunit.Assert.Equal(expectedPerToken, model.Flops.TotalFlops / (b * t), 6);
    }
}
