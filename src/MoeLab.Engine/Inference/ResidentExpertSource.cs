using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Inference;

/// <summary>
/// Every routed expert of every MoE layer in RAM, read once from the weights: the baseline a caching runtime is
/// compared with, and the source for models that fit. Engine stacks (E, H, d) are kept whole and served as slices.
/// </summary>
public sealed class ResidentExpertSource : IExpertSource
{
    private readonly ExpertMatrices[][] _experts;
    private readonly int _count;

    public ResidentExpertSource(ITensorSource weights, DecoderArchitecture architecture)
    {
        var a = architecture;
        var (d, h, e) = (a.ModelDim, a.ExpertHidden, a.Experts);
        var names = a.Names;
        _count = e;
        _experts = new ExpertMatrices[a.Layers][];
        for (var l = 0; l < a.Layers; l++)
        {
            if (!a.IsMoeLayer(l)) { _experts[l] = []; continue; }
            var layer = _experts[l] = new ExpertMatrices[e];
            if (names.StackedExperts)
            {
                // w1, w3: (E, H, d); w2: (E, d, H)
                var w1 = weights.ReadFloats(names.Expert(l, 0, ExpertMatrix.W1), e, h, d);
                var w3 = weights.ReadFloats(names.Expert(l, 0, ExpertMatrix.W3), e, h, d);
                var w2 = weights.ReadFloats(names.Expert(l, 0, ExpertMatrix.W2), e, d, h);
                for (var j = 0; j < e; j++)
                    layer[j] = new ExpertMatrices(w1.AsMemory(j * h * d, h * d), w3.AsMemory(j * h * d, h * d), w2.AsMemory(j * d * h, d * h));
            }
            else
            {
                for (var j = 0; j < e; j++)
                    layer[j] = new ExpertMatrices(
                        weights.ReadFloats(names.Expert(l, j, ExpertMatrix.W1), h, d),
                        weights.ReadFloats(names.Expert(l, j, ExpertMatrix.W3), h, d),
                        weights.ReadFloats(names.Expert(l, j, ExpertMatrix.W2), d, h));
            }
            Bytes += 4L * 3 * h * d * e;
        }
    }

    /// <summary>Bytes of expert weights held.</summary>
    public long Bytes { get; }

    public void Prepare(int layer, ReadOnlySpan<int> experts, ReadOnlySpan<float> hidden)
    {
        foreach (var j in experts) Check(layer, j);
    }

    public ExpertMatrices Get(int layer, int expert)
    {
        Check(layer, expert);
        return _experts[layer][expert];
    }

    private void Check(int layer, int expert)
    {
        if ((uint)layer >= (uint)_experts.Length || _experts[layer].Length == 0)
            throw new InvalidInputException($"layer {layer} has no routed experts", field: "layer");
        if ((uint)expert >= (uint)_count)
            throw new InvalidInputException($"expert {expert} outside [0, {_count})", field: $"layer {layer} expert");
    }
}
