using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Inference;

/// <summary>
/// The shape of a decoder-only MoE model as the KV-cached decoder needs it, whatever family the weights come from.
/// Layers before <see cref="FirstDenseLayers"/> have a dense SwiGLU of width <see cref="DenseHidden"/>; the rest route
/// to top-<see cref="TopK"/> of <see cref="Experts"/> experts of width <see cref="ExpertHidden"/>, plus one always-on
/// SwiGLU of width <see cref="SharedHidden"/> when it is &gt; 0. With <see cref="Experts"/> = 0 every layer is dense.
/// </summary>
public sealed record DecoderArchitecture(
    ModelFamily Family, int VocabSize, int ModelDim, int Layers, int Heads, int KvHeads, int HeadDim,
    int MaxPositions, double RopeTheta, double NormEpsilon, bool TiedEmbeddings,
    int Experts, int TopK, int ExpertHidden, int SharedHidden, int DenseHidden, int FirstDenseLayers)
{
    public TensorNaming Names { get; } = TensorNaming.For(Family);

    public bool IsMoeLayer(int layer) => Experts > 0 && layer >= FirstDenseLayers;

    /// <summary>The layer's index among MoE layers (the trace's "layer"), or −1 for a dense layer.</summary>
    public int MoeOrdinal(int layer) => IsMoeLayer(layer) ? layer - FirstDenseLayers : -1;

    public int MoeLayerCount => Experts > 0 ? Layers - FirstDenseLayers : 0;

    /// <summary>The engine's own conventions; sectional layers have no decoder here and are refused.</summary>
    public static DecoderArchitecture FromEngine(EngineConfig config, string source)
    {
        if (config.IsSectional)
            throw new InvalidInputException("sectional MoE layers are not supported by the KV-cached decoder (only routed-expert and dense layers)",
                source: source, field: "__metadata__.config.SectionalExperts");
        return new DecoderArchitecture(ModelFamily.Engine, config.VocabSize, config.ModelDim, config.Layers, config.Heads, config.KvHeads,
            config.EffectiveHeadDim, config.ContextLength, config.RopeTheta, config.NormEpsilon, config.TiedEmbeddings,
            config.Experts, config.IsMoe ? config.TopK : 0, config.ExpertHidden, config.SharedExperts * config.ExpertHidden,
            config.DenseHidden, config.IsMoe ? config.FirstDenseLayers : config.Layers);
    }

    /// <summary>
    /// The architecture of a set of weights: an engine checkpoint from its metadata; Hugging Face weights from
    /// <paramref name="huggingFaceConfig"/> or else the config.json in the weights' directory. Unsupported families
    /// are refused naming what was found.
    /// </summary>
    public static DecoderArchitecture Read(ITensorSource weights, JsonObject? huggingFaceConfig = null)
    {
        if (weights.Metadata.TryGetValue("format", out var format) && format == Checkpoint.Format)
            return FromEngine(Checkpoint.ReadConfig(weights.Description, weights.Metadata), weights.Description);
        if (huggingFaceConfig is not null) return HuggingFaceConfig.Parse(huggingFaceConfig, "config.json", weights);
        if (weights.Contains("model.embed_tokens.weight"))
        {
            var path = HuggingFaceConfig.FindNextTo(weights.Description)
                ?? throw new InvalidInputException("Hugging Face weights need their config.json next to them (or pass the config)",
                    source: weights.Description, field: "config.json");
            return HuggingFaceConfig.Parse(HuggingFaceConfig.Load(path), path, weights);
        }
        if (weights.Contains("tok_embeddings.weight"))
            throw new InvalidInputException("engine tensor names without the engine checkpoint metadata (format 'moelab-engine-checkpoint' and config)",
                source: weights.Description, field: "__metadata__.format");
        var sample = string.Join(", ", weights.Names.Order(StringComparer.Ordinal).Take(3));
        throw new InvalidInputException($"unrecognised weight naming (first tensors: {sample}); supported: MoeLab engine checkpoints and Hugging Face Mixtral",
            source: weights.Description);
    }
}
