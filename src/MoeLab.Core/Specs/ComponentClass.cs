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
    /// <summary>Mamba sequence mixers of hybrid models (their inner norms count under <see cref="Norms"/>).</summary>
    Mamba,
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

    /// <summary>The per-class value that belongs to <paramref name="component"/> (arguments in declaration order).</summary>
    public static T Pick<T>(this ComponentClass component, T embeddings, T attention, T denseFfn, T routedExperts, T sharedExperts,
        T router, T norms, T lmHead, T mtp, T mamba) => component switch
    {
        ComponentClass.Embeddings => embeddings,
        ComponentClass.Attention => attention,
        ComponentClass.DenseFfn => denseFfn,
        ComponentClass.RoutedExperts => routedExperts,
        ComponentClass.SharedExperts => sharedExperts,
        ComponentClass.Router => router,
        ComponentClass.Norms => norms,
        ComponentClass.LmHead => lmHead,
        ComponentClass.Mtp => mtp,
        ComponentClass.Mamba => mamba,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
    };
}
