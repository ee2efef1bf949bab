namespace MoeLab.Core.Specs;

/// <summary>The storage precision of each <see cref="ComponentClass"/> (bf16 everywhere unless set).</summary>
public sealed record PrecisionPlan
{
    public WeightPrecision Embeddings { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision Attention { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision DenseFfn { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision RoutedExperts { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision SharedExperts { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision Router { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision Norms { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision LmHead { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision Mtp { get; init; } = WeightPrecision.Bf16;

    public static readonly PrecisionPlan AllBf16 = new();

    /// <summary>Every class stored in <paramref name="precision"/>.</summary>
    public static PrecisionPlan Uniform(WeightPrecision precision) => new()
    {
        Embeddings = precision, Attention = precision, DenseFfn = precision, RoutedExperts = precision,
        SharedExperts = precision, Router = precision, Norms = precision, LmHead = precision, Mtp = precision,
    };

    /// <summary>
    /// The usual "quantised checkpoint" layout: the big matrices (attention, FFNs, experts, MTP) in
    /// <paramref name="precision"/>; embeddings, LM head, router and norms kept in bf16.
    /// </summary>
    public static PrecisionPlan MatricesIn(WeightPrecision precision) => new()
    {
        Attention = precision, DenseFfn = precision, RoutedExperts = precision, SharedExperts = precision, Mtp = precision,
    };

    public WeightPrecision For(ComponentClass component) => component switch
    {
        ComponentClass.Embeddings => Embeddings,
        ComponentClass.Attention => Attention,
        ComponentClass.DenseFfn => DenseFfn,
        ComponentClass.RoutedExperts => RoutedExperts,
        ComponentClass.SharedExperts => SharedExperts,
        ComponentClass.Router => Router,
        ComponentClass.Norms => Norms,
        ComponentClass.LmHead => LmHead,
        ComponentClass.Mtp => Mtp,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
    };
}
