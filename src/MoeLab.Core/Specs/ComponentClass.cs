namespace MoeLab.Core.Specs;

/// <summary>
/// The classes of weights MoeLab counts separately. Parameter breakdowns, precisions and memory are all
/// keyed by these, so a count and its bytes always refer to the same set of weights.
/// </summary>
public enum ComponentClass
{
    Embeddings,
    Attention,
    DenseFfn,
    RoutedExperts,
    SharedExperts,
    Router,
    Norms,
    LmHead,
    Mtp,
}

/// <summary>Names of <see cref="ComponentClass"/> values in MoeLab's JSON (snake_case).</summary>
public static class ComponentClasses
{
    /// <summary>The snake_case name used in spec and result JSON, e.g. <c>routed_experts</c>.</summary>
    public static string JsonName(this ComponentClass component) => component switch
    {
        ComponentClass.DenseFfn => "dense_ffn",
        ComponentClass.RoutedExperts => "routed_experts",
        ComponentClass.SharedExperts => "shared_experts",
        ComponentClass.LmHead => "lm_head",
        _ => component.ToString().ToLowerInvariant(),
    };
}
