using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// Mixtral-8x7B's structure (32 layers, 8 experts, top-2, its vocabulary and heads) with every width divided by
/// 64 (d = 64, expert FFN 224), synthesized once in float32 on the checkout's disk so the runtime reads it with
/// O_DIRECT — the shape the real Mixtral routing traces drive.
/// </summary>
public sealed class ShrunkMixtralFixture : IDisposable
{
    public ShrunkMixtralFixture()
    {
        Root = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "shrunk-mixtral", Guid.NewGuid().ToString("N"))).FullName;
        var model = ConfigShrinker.Shrink(HuggingFaceModelConfig.Resolve("mixtral-8x7b-v0.1"), 64);
        Synthesis = WeightsSynthesizer.Synthesize(model, Path.Combine(Root, "model"), new SynthesisOptions("F32", Seed: 3));
    }

    public string Root { get; }
    public SynthesisResult Synthesis { get; }
    public string Directory => Synthesis.Directory;

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);
}
