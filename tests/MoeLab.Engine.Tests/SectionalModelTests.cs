using MoeLab.Core.Validation;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;
using MoeLab.Sectional;
using static MoeLab.Engine.Tests.GradientCheck;

namespace MoeLab.Engine.Tests;

/// <summary>The sectional block wired into the engine's transformer: gradients, the E = 1 limit, counts, training.</summary>
public sealed class SectionalModelTests
{
    private static EngineConfig Sectional(int sections, bool mixing = false, int preHeads = 0) => TinyModels.Dense() with
    {
        SectionalExperts = sections, SectionalMixing = mixing, SectionalPreExpertHeads = preHeads, FirstDenseLayers = 1,
    };

    [Theory]
    [InlineData(4, false, 0)]
    [InlineData(2, true, 2)]
    public void Transformer_SectionalFloat64Backward_MatchesFiniteDifferencesInEveryTensor(int sections, bool mixing, int preHeads)
    {
        var config = Sectional(sections, mixing, preHeads) with { ContextLength = 6 };
        var model = WholeModelGradientCheck.Run(config, dataSeed: 2, checkEmbeddingRows: false);
        Xunit.Assert.Contains(model.Layout.Slots, s => s.Name.Contains("sectional", StringComparison.Ordinal));
    }

    [Fact]
    public void Transformer_OneSectionNoExtras_EqualsDenseModelBitForBit()
    {
        // Same slot order and shapes (the E = 1 expert tensors are (1, H, d)), so the same seed gives the same
        // weights, and the block must then give the same loss and the same gradients, in float32, exactly.
        var dense = new Transformer<float>(TinyModels.Dense());
        var sectional = new Transformer<float>(Sectional(1) with { FirstDenseLayers = 0 });
        dense.Initialise(5);
        sectional.Initialise(5);
        Xunit.Assert.Equal(dense.Parameters, sectional.Parameters);
        const int b = 2, t = 16;
        var rng = new Random(3);
        var tokens = Enumerable.Range(0, b * t).Select(_ => rng.Next(256)).ToArray();
        var targets = Enumerable.Range(0, b * t).Select(_ => rng.Next(256)).ToArray();
        Xunit.Assert.Equal(dense.Forward(tokens, targets, b, t).Total, sectional.Forward(tokens, targets, b, t).Total);
        dense.Backward();
        sectional.Backward();
        Xunit.Assert.Equal(dense.Gradients, sectional.Gradients);
        Xunit.Assert.Equal(dense.Flops.TotalFlops, sectional.Flops.TotalFlops);
    }

    [Theory]
    [InlineData(1, false, 0)]
    [InlineData(4, true, 0)]
    [InlineData(8, true, 4)]
    public void ParameterLayout_SectionalModel_ReplacesDenseFfnByCostTermParams(int sections, bool mixing, int preHeads)
    {
        var config = Sectional(sections, mixing, preHeads);
        var dense = new ParameterLayout(TinyModels.Dense());
        var layout = new ParameterLayout(config);
        int d = config.ModelDim, ff = config.DenseHidden;
        var spec = new SectionalSpec(d, config.ContextLength, FfnRatio: (double)ff / d, FfnMatrices: 3,
            HasPreExpertLayer: preHeads > 0, HasMixingProjection: mixing, PreExpertHeads: Math.Max(1, preHeads));
        var blockParams = SectionalCostTerms.For(spec).Sum(term => term.Params.Evaluate(sections));
        var sectionalLayers = config.Layers - config.FirstDenseLayers;
        Xunit.Assert.Equal(dense.TotalParameters + sectionalLayers * (blockParams - 3.0 * ff * d), layout.TotalParameters);
        Xunit.Assert.Equal(layout.TotalParameters, layout.ActiveParameters); // no router: every section runs for every token
    }

    [Fact]
    public void EngineConfig_SectionalWithRoutedExperts_IsRefused()
    {
        var both = TinyModels.Moe() with { SectionalExperts = 2 };
        Xunit.Assert.Throws<InvalidInputException>(() => both.Validated());
        Xunit.Assert.Throws<InvalidInputException>(() => (Sectional(3)).Validated()); // 3 does not divide d = 16
        Xunit.Assert.Throws<InvalidInputException>(() => Sectional(2).ToMoeSpec());
    }

    [Fact]
    public void Training_SectionalModel_LossFallsAndRepeatsBitForBit()
    {
        var options = TrainingTests.SmallRun(steps: 12);
        var config = Sectional(4, mixing: true, preHeads: 2);
        var first = new TrainingSession(config, options, TinyModels.Text());
        var second = new TrainingSession(config, options, TinyModels.Text());
        var a = Enumerable.Range(0, 12).Select(_ => first.Step().Loss).ToArray();
        var b = Enumerable.Range(0, 12).Select(_ => second.Step().Loss).ToArray();
        Xunit.Assert.Equal(a, b);
        Xunit.Assert.True(a[^1] < a[0] - 0.5, $"loss should fall clearly over 12 steps: {a[0]} → {a[^1]}");
    }
}
