using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>Small specs whose every count is expanded by hand in the tests.</summary>
internal static class SmallSpecs
{
    /// <summary>
    /// d = 64, V = 100, L = 4 (layer 0 dense, 1–3 MoE), GQA 4q/2kv × 16 with q/k/v bias, dense SwiGLU 128,
    /// 8 experts of 32 (top-2), 1 plain shared expert of 48 with scalar gate, router bias, S = 32, untied.
    /// </summary>
    public static MoeSpec Hand => new()
    {
        Name = "hand",
        VocabSize = 100,
        HiddenSize = 64,
        Layers = 4,
        Attention = AttentionSpec.Standard(4, 2, 16) with { QkvBias = true },
        DenseFfn = new FfnSpec(128),
        MoeLayers = LayerSet.FromLayer(1),
        Experts = new RoutedExpertsSpec(8, 2, new FfnSpec(32)),
        SharedExperts = new SharedExpertsSpec(1, new FfnSpec(48, Gated: false), ScalarGate: true),
        Router = new RouterSpec(Bias: true),
        ContextLength = 32,
    };

    /// <summary>Every layer MoE with <paramref name="experts"/> routed experts of <paramref name="width"/>.</summary>
    public static MoeSpec AllMoe(int experts, int topK, int width) => new()
    {
        VocabSize = 1000,
        HiddenSize = 256,
        Layers = 6,
        Attention = AttentionSpec.Standard(8, 8, 32),
        Experts = new RoutedExpertsSpec(experts, topK, new FfnSpec(width)),
        ContextLength = 512,
    };

    /// <summary>The dense model of <see cref="AllMoe"/>'s shape with one FFN of <paramref name="width"/>.</summary>
    public static MoeSpec Dense(int width) => AllMoe(1, 1, 1) with
    {
        MoeLayers = LayerSet.None,
        Experts = null,
        DenseFfn = new FfnSpec(width),
    };
}
