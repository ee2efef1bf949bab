namespace MoeLab.Core.Specs;

/// <summary>
/// Multi-token-prediction modules (DeepSeek-V3). Each module is: two width-d norms, a 2d → d projection,
/// one transformer block shaped like the model's MoE layers (dense if the model has no MoE layers), and a
/// final norm. The embedding and output head are logically shared with the main model; checkpoints that
/// store private copies (DeepSeek-V3 on Hugging Face) set <see cref="StoresOwnEmbedding"/> /
/// <see cref="StoresOwnHead"/>, which is how the vendor's "14B MTP" figure is reached.
/// </summary>
public sealed record MtpSpec(int Modules = 0, bool StoresOwnEmbedding = false, bool StoresOwnHead = false)
{
    public static readonly MtpSpec None = new();
}
