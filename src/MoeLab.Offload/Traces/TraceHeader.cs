using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// What a trace writer must know before the first token: the shape, whether gates are written, how many tokens
/// will follow and where each sequence starts (the binary format puts all of it in its header; the text formats
/// need the sequence names for every line).
/// </summary>
public sealed record TraceHeader(TraceShape Shape, bool HasGates, long TokenCount, IReadOnlyList<int> SequenceStarts, IReadOnlyList<string> SequenceNames)
{
    public long TokenCount { get; } = Preconditions.Positive(TokenCount, "tokens");

    public IReadOnlyList<int> SequenceStarts { get; } = SequenceStarts.Count > 0 && SequenceStarts[0] == 0 && SequenceStarts.Count == SequenceNames.Count
        ? SequenceStarts
        : throw new ArgumentException("the first sequence starts at token 0, and every sequence has a name", nameof(SequenceStarts));

    /// <summary>Expert ids (and gates) per token: layers × top-k.</summary>
    public int EntriesPerToken => Shape.Layers * Shape.TopK;

    /// <summary>One unnamed sequence of <paramref name="tokenCount"/> tokens, as the synthetic generator makes.</summary>
    public static TraceHeader SingleSequence(TraceShape shape, bool hasGates, long tokenCount) =>
        new(shape, hasGates, tokenCount, [0], ["0"]);

    public static TraceHeader Of(RoutingTrace trace) =>
        new(trace.Shape, trace.HasGateProbabilities, trace.TokenCount, trace.SequenceStarts.ToArray(), trace.SequenceNames);
}
