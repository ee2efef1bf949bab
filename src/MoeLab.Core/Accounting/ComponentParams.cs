using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>
/// Parameters split by <see cref="ComponentClass"/>. With tied embeddings the shared matrix is counted once,
/// under <see cref="Embeddings"/>, and <see cref="LmHead"/> holds only a head bias if there is one. MTP
/// modules are counted whole under <see cref="Mtp"/> (their attention, experts, norms and any private
/// embedding/head copies), never in the other classes.
/// </summary>
public readonly record struct ComponentParams(
    long Embeddings,
    long Attention,
    long DenseFfn,
    long RoutedExperts,
    long SharedExperts,
    long Router,
    long Norms,
    long LmHead,
    long Mtp)
{
    public long Sum => Embeddings + Attention + DenseFfn + RoutedExperts + SharedExperts + Router + Norms + LmHead + Mtp;

    public long this[ComponentClass component] => component switch
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
