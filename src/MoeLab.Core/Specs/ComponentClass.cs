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
