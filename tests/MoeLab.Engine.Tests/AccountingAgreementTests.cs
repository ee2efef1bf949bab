using MoeLab.Core.Accounting;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Tests;

/// <summary>The foundation's accountant must predict the engine's real model: parameters exactly, FLOPs within 5%.</summary>
public sealed class AccountingAgreementTests
{
    public static TheoryData<string> Shapes => new() { "dense", "moe-tied-shared", "moe-untied", "moe-fine-grained" };

    private static EngineConfig Shape(string name) => name switch
    {
        "dense" => TinyModels.Dense(),
        "moe-tied-shared" => TinyModels.Moe(tied: true, shared: 1),
        "moe-untied" => TinyModels.Moe(tied: false, shared: 0) with { FirstDenseLayers = 0 },
        "moe-fine-grained" => TinyModels.Moe() with { Experts = 16, TopK = 4, ExpertHidden = 4, SharedExperts = 2 },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ModelAccountant_EngineModel_CountsParametersExactly(string shape)
    {
        var config = Shape(shape);
        var counts = ModelAccountant.Parameters(config.ToMoeSpec());
        var layout = new ParameterLayout(config);
        Assert.Equal(counts.TotalParams, layout.TotalParameters);
        Assert.Equal(counts.ActiveParamsPerToken, layout.ActiveParameters);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ModelAccountant_EngineModel_TrainingFlopsWithinFivePercentOfCounted(string shape)
    {
        var config = Shape(shape);
        var predicted = ModelAccountant.Account(config.ToMoeSpec()).Flops.TrainingFlopsPerToken;
        var model = new Transformer<float>(config);
        model.Initialise(1);
        int b = 2, t = config.ContextLength;
        var tokens = Enumerable.Range(0, b * t).Select(i => i * 7 % 256).ToArray();
        model.Forward(tokens, tokens, b, t);
        model.Backward();
        var counted = model.Flops.TotalFlops / (b * t);
        Assert.InRange(predicted / counted, 0.95, 1.05);
    }

    [Fact]
    public void EngineSpecs_RoundTrip_ReturnsTheSameConfig()
    {
        foreach (var name in new[] { "dense", "moe-tied-shared", "moe-untied", "moe-fine-grained" })
        {
            var config = Shape(name);
            var back = EngineSpecs.FromMoeSpec(config.ToMoeSpec());
            Assert.Equal(new ParameterLayout(config).Slots.Select(s => s.Name + string.Join("x", s.Shape)),
                new ParameterLayout(back).Slots.Select(s => s.Name + string.Join("x", s.Shape)));
        }
    }

    [Fact]
    public void EngineSpecs_MixtralPreset_IsBuildableButMlaIsRefused()
    {
        var mixtral = MoeLab.Core.Presets.ModelPresets.Get("mixtral-8x7b-v0.1").Spec;
        var config = EngineSpecs.FromMoeSpec(mixtral);
        Assert.Equal((8, 2, 14336), (config.Experts, config.TopK, config.ExpertHidden));
        var deepseek = MoeLab.Core.Presets.ModelPresets.Get("deepseek-v3").Spec;
        var error = Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => EngineSpecs.FromMoeSpec(deepseek));
        Assert.Contains("latent", error.Message);
        var jamba = MoeLab.Core.Presets.ModelPresets.Get("jamba-v0.1").Spec;
        Assert.Contains("Mamba", Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => EngineSpecs.FromMoeSpec(jamba)).Message);
    }
}
