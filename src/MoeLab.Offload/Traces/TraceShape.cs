using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// The routing geometry a trace must agree with: MoE layers, routed experts per layer and experts chosen
/// per token (top-k). Expert ids are 0-based and below <see cref="ExpertsPerLayer"/>.
/// </summary>
public sealed record TraceShape
{
    public TraceShape(int layers, int expertsPerLayer, int topK)
    {
        Preconditions.InRange(layers, 1, ushort.MaxValue, "layers");
        Preconditions.InRange(expertsPerLayer, 1, ushort.MaxValue, "experts per layer");
        Preconditions.InRange(topK, 1, expertsPerLayer, "top-k");
        Layers = layers;
        ExpertsPerLayer = expertsPerLayer;
        TopK = topK;
    }

    public int Layers { get; }
    public int ExpertsPerLayer { get; }
    public int TopK { get; }

    /// <summary>Distinct (layer, expert) pairs: the size of the dense key space caches index.</summary>
    public int TotalExperts => Layers * ExpertsPerLayer;

    /// <summary>Dense id of (layer, expert), layer-major: layer·E + expert.</summary>
    public int Key(int layer, int expert) => layer * ExpertsPerLayer + expert;

    public override string ToString() => $"{Layers} layers × {ExpertsPerLayer} experts, top-{TopK}";
}
