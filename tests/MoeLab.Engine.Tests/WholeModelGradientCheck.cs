using MoeLab.Engine.Model;
using static MoeLab.Engine.Tests.GradientCheck;

namespace MoeLab.Engine.Tests;

/// <summary>Finite-difference check of every tensor of a whole float64 model, shared by the dense/MoE and sectional tests.</summary>
internal static class WholeModelGradientCheck
{
    /// <summary>
    /// Builds the model, scales its weights ×4 (larger than the training init, so every path carries a gradient well
    /// above finite-difference noise), runs one batch of random tokens and compares 6 sampled entries of each tensor.
    /// The token embedding is checked on rows the batch actually uses when <paramref name="checkEmbeddingRows"/>, else skipped.
    /// </summary>
    public static Transformer<double> Run(EngineConfig config, int dataSeed, bool checkEmbeddingRows)
    {
        var model = new Transformer<double>(config);
        model.Initialise(42);
        for (var i = 0; i < model.Parameters.Length; i++) model.Parameters[i] *= 4;
        const int b = 2, t = 6;
        var rng = new Random(dataSeed);
        var tokens = Enumerable.Range(0, b * t).Select(_ => rng.Next(256)).ToArray();
        var targets = Enumerable.Range(0, b * t).Select(_ => rng.Next(256)).ToArray();
        double Loss() => model.Forward(tokens, targets, b, t).Total;
        Loss();
        model.ZeroGradients();
        model.Backward();
        var grads = (double[])model.Gradients.Clone();
        var seed = 0;
        foreach (var slot in model.Layout.Slots)
        {
            IEnumerable<int> indices;
            if (slot.Name == "tok_embeddings.weight")
            {
                if (!checkEmbeddingRows) continue;
                indices = tokens.Take(3).Select(tok => (int)slot.Offset + tok * config.ModelDim + 1);  // rows actually used
            }
            else indices = Sample((int)slot.Length, 6, seed++).Select(i => i + (int)slot.Offset);
            // The loss runs through ~10⁵ float64 operations: its rounding noise (~1e-14) over h = 1e-5 is ~1e-9, so
            // gradients are compared relative to a floor of 1e-4 (an absolute tolerance of 1e-8 for tiny ones).
            Assert(slot.Name, model.Parameters, grads, Loss, indices, tolerance: 1e-4, step: 1e-5, floor: 1e-4);
        }
        return model;
    }
}
