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
    long Mtp,
    long Mamba = 0)
{
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/> (the accountant refuses such specs up front).</exception>
    public long Sum => checked(Embeddings + Attention + DenseFfn + RoutedExperts + SharedExperts + Router + Norms + LmHead + Mtp + Mamba);

    public long this[ComponentClass component] =>
        component.Pick(Embeddings, Attention, DenseFfn, RoutedExperts, SharedExperts, Router, Norms, LmHead, Mtp, Mamba);
}
