using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>User-facing checks on a planning backbone, each naming the command-line option at fault.</summary>
public static class BackboneChecks
{
    public static void Validate(Seed001Backbone b)
    {
        Preconditions.Positive(b.TopK, "top-k");
        Preconditions.That(b.RoutedExperts >= b.TopK, $"--experts ({b.RoutedExperts}) must be at least --top-k ({b.TopK}); equal means the dense limit", "experts");
        Preconditions.NonNegative(b.SharedExperts, "shared");
        Preconditions.Positive(b.ContextLength, "context");
        Preconditions.Positive(b.QueryHeads, "query-heads");
        Preconditions.Positive(b.KvHeads, "kv-heads");
        Preconditions.That(b.QueryHeads % b.KvHeads == 0, $"--query-heads ({b.QueryHeads}) must be a multiple of --kv-heads ({b.KvHeads})", "kv-heads");
        Preconditions.Positive(b.HeadDim, "head-dim");
        Preconditions.Positive(b.VocabSize, "vocab");
    }
}
