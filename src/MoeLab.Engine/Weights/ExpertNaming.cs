namespace MoeLab.Engine.Weights;

/// <summary>
/// How a checkpoint family names one routed expert's three matrices: gate (W1, [width, hidden]), up (W3,
/// [width, hidden]) and down (W2, [hidden, width]), under a per-(layer, expert) prefix.
/// </summary>
public sealed record ExpertNaming(string Family, string PrefixFormat, string Gate, string Up, string Down)
{
    /// <summary>Mixtral: <c>model.layers.{l}.block_sparse_moe.experts.{j}.w1/w3/w2.weight</c>.</summary>
    public static readonly ExpertNaming Mixtral = new("mixtral", "model.layers.{0}.block_sparse_moe.experts.{1}.", "w1.weight", "w3.weight", "w2.weight");

    /// <summary>OLMoE, Qwen2-MoE, Qwen3-MoE: <c>model.layers.{l}.mlp.experts.{j}.gate_proj/up_proj/down_proj.weight</c>.</summary>
    public static readonly ExpertNaming MlpExperts = new("mlp-experts", "model.layers.{0}.mlp.experts.{1}.", "gate_proj.weight", "up_proj.weight", "down_proj.weight");

    public static IReadOnlyList<ExpertNaming> All { get; } = [Mixtral, MlpExperts];

    /// <summary>The part of the prefix between the layer and expert numbers, e.g. <c>.mlp.experts.</c>.</summary>
    public string Marker => PrefixFormat[(PrefixFormat.IndexOf("{0}", StringComparison.Ordinal) + 3)..PrefixFormat.IndexOf("{1}", StringComparison.Ordinal)];

    /// <summary>Whether <paramref name="name"/> is some expert's gate matrix under this naming.</summary>
    public bool IsGate(string name) => name.Contains(Marker, StringComparison.Ordinal) && name.EndsWith("." + Gate, StringComparison.Ordinal);

    public string Prefix(int layer, int expert) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PrefixFormat, layer, expert);

    public string GateName(int layer, int expert) => Prefix(layer, expert) + Gate;

    public string UpName(int layer, int expert) => Prefix(layer, expert) + Up;

    public string DownName(int layer, int expert) => Prefix(layer, expert) + Down;

    /// <summary>The naming a Hugging Face model_type uses, or null when weights of that family are not supported.</summary>
    public static ExpertNaming? ForModelType(string modelType) => modelType switch
    {
        "mixtral" => Mixtral,
        "olmoe" or "qwen2_moe" or "qwen3_moe" => MlpExperts,
        _ => null,
    };
}
