using MoeLab.Core.Specs;

namespace MoeLab.Core.Accounting;

/// <summary>Stored weight bytes split by <see cref="ComponentClass"/>, each in its class's <see cref="WeightPrecision"/>.</summary>
public readonly record struct ComponentBytes(
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

    /// <summary>Each class's parameters in that class's precision from <paramref name="plan"/>.</summary>
    public static ComponentBytes Of(in ComponentParams p, PrecisionPlan plan) => new(
        plan.Embeddings.BytesFor(p.Embeddings),
        plan.Attention.BytesFor(p.Attention),
        plan.DenseFfn.BytesFor(p.DenseFfn),
        plan.RoutedExperts.BytesFor(p.RoutedExperts),
        plan.SharedExperts.BytesFor(p.SharedExperts),
        plan.Router.BytesFor(p.Router),
        plan.Norms.BytesFor(p.Norms),
        plan.LmHead.BytesFor(p.LmHead),
        plan.Mtp.BytesFor(p.Mtp));
}
