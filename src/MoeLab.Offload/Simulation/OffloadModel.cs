using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Simulation;

/// <summary>
/// The shape of an MoE model as the offloading simulator needs it: routing geometry, bytes and FLOPs of one
/// routed expert, and the dense (attention, router, shared) part of each MoE layer that always stays resident.
/// </summary>
/// <param name="ExpertBytes">Weights of one routed expert in fast memory.</param>
/// <param name="ExpertFlopsPerToken">FLOPs one routed expert spends on one token (2 × its parameters).</param>
/// <param name="DenseBytesPerLayer">Resident weights read once per layer and step (attention, router, shared experts).</param>
/// <param name="DenseFlopsPerTokenPerLayer">FLOPs per token of that dense part.</param>
public sealed record OffloadModel(
    string Name,
    int Layers,
    int ExpertsPerLayer,
    int TopK,
    long ExpertBytes,
    double ExpertFlopsPerToken,
    long DenseBytesPerLayer,
    double DenseFlopsPerTokenPerLayer)
{
    public TraceShape Shape => new(Layers, ExpertsPerLayer, TopK);

    public long TotalExpertBytes => ExpertBytes * ExpertsPerLayer * (long)Layers;

    /// <summary>
    /// Mixtral-8x7B at 16-bit weights: d = 4096, expert FFN width 14336 (SwiGLU, 3 matrices), 32 query / 8 KV
    /// heads of 128, 32 layers, 8 experts, top-2 (mistralai/Mixtral-8x7B-v0.1 config.json). Expert params
    /// 3·4096·14336 = 176,160,768; attention 2·4096·(4096 + 1024) = 41,943,040 plus a 4096×8 router.
    /// </summary>
    public static OffloadModel Mixtral8x7B(int bytesPerParam = 2) => new(
        "mixtral-8x7b", 32, 8, 2,
        ExpertBytes: 176_160_768L * bytesPerParam,
        ExpertFlopsPerToken: 2.0 * 176_160_768,
        DenseBytesPerLayer: (41_943_040L + 4096 * 8) * bytesPerParam,
        DenseFlopsPerTokenPerLayer: 2.0 * (41_943_040 + 4096 * 8));

    /// <summary>
    /// Fine-grained split for seed 000's granularity question: every expert cut into g equal parts
    /// (E·g experts, top-k·g chosen, 1/g of the bytes and FLOPs each). Total and active expert bytes stay fixed.
    /// </summary>
    public OffloadModel Split(int g)
    {
        Preconditions.Positive(g, "granularity");
        Preconditions.That(ExpertBytes % g == 0, $"expert bytes {ExpertBytes} do not split evenly {g} ways", "granularity");
        return this with
        {
            Name = g == 1 ? Name : $"{Name} ×{g}",
            ExpertsPerLayer = ExpertsPerLayer * g,
            TopK = TopK * g,
            ExpertBytes = ExpertBytes / g,
            ExpertFlopsPerToken = ExpertFlopsPerToken / g,
        };
    }
}
