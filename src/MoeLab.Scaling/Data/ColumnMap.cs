namespace MoeLab.Scaling.Data;

/// <summary>
/// Which columns of a run table hold what. Units: N in parameters, D in tokens, C in FLOPs, loss in
/// nats/token. N and loss are required; of D and C one suffices (D = C/(6N), C = 6·N·D). Experts (E) and
/// granularity (G) are optional and default to 1 (a dense model). Column names match case-insensitively.
/// </summary>
public sealed record ColumnMap
{
    public string Params { get; init; } = "N";
    public string Tokens { get; init; } = "D";
    public string Compute { get; init; } = "C";
    public string Loss { get; init; } = "loss";
    public string Experts { get; init; } = "E";
    public string Granularity { get; init; } = "G";

    /// <summary>The mapping for Besiroglu et al.'s extracted Chinchilla points (chinchilla_epoch_svg_extracted_data.csv).</summary>
    public static ColumnMap ChinchillaExtracted => new() { Params = "Model Size", Compute = "Training FLOP", Loss = "loss" };
}
