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
    long Mtp,
    long Mamba = 0)
{
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/> (the accountant refuses such specs up front).</exception>
    public long Sum => checked(Embeddings + Attention + DenseFfn + RoutedExperts + SharedExperts + Router + Norms + LmHead + Mtp + Mamba);

    public long this[ComponentClass component] =>
        component.Pick(Embeddings, Attention, DenseFfn, RoutedExperts, SharedExperts, Router, Norms, LmHead, Mtp, Mamba);
}
