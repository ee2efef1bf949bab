using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// A buildable shape of the design's backbone and the triad seed 001's convention counts for it (non-embedding,
/// router not counted, M = 6·N_a + 6·S·N_q·d_qkv·L).
/// </summary>
/// <param name="HiddenSize">d.</param>
/// <param name="Layers">L.</param>
/// <param name="DenseLayers">L_d (dense layers come first).</param>
/// <param name="ExpertWidth">d_m, of every routed and shared expert.</param>
/// <param name="Realized">The triad of this shape.</param>
public sealed record LadderShape(int HiddenSize, int Layers, int DenseLayers, int ExpertWidth, ConstraintTriad Realized)
{
    public int MoeLayers => Layers - DenseLayers;

    public MoeSpec ToSpec(Seed001Backbone backbone) =>
        backbone.ToSpec(HiddenSize, DenseLayers, MoeLayers, ExpertWidth) with { TiedEmbeddings = false };

    /// <summary>
    /// The engine model of this shape, converted from its spec so the engine trains exactly what was counted.
    /// Embeddings are untied: with tied byte embeddings these tiny models sit on the unigram plateau for a random
    /// number of steps, which swamped the differences between shapes (docs/seed001-ladder.md).
    /// </summary>
    public EngineConfig ToEngineConfig(Seed001Backbone backbone) => EngineSpecs.FromMoeSpec(ToSpec(backbone));
}
