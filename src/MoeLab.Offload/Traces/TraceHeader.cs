using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// What a trace writer must know before the first token: the shape, whether gates are written, how many tokens
/// will follow and where each sequence starts (the binary format puts all of it in its header; the text formats
/// need the sequence names for every line).
/// </summary>
public sealed record TraceHeader
{
    public TraceHeader(TraceShape shape, bool hasGates, long tokenCount, IReadOnlyList<int> sequenceStarts, IReadOnlyList<string> sequenceNames)
    {
        Preconditions.Positive(tokenCount, "tokens");
        if (sequenceStarts.Count == 0 || sequenceStarts[0] != 0 || sequenceStarts.Count != sequenceNames.Count)
            throw new ArgumentException("the first sequence starts at token 0, and every sequence has a name", nameof(sequenceStarts));
        Shape = shape;
        HasGates = hasGates;
        TokenCount = tokenCount;
        SequenceStarts = sequenceStarts;
        SequenceNames = sequenceNames;
    }

    public TraceShape Shape { get; }
    public bool HasGates { get; }
    public long TokenCount { get; }
    public IReadOnlyList<int> SequenceStarts { get; }
    public IReadOnlyList<string> SequenceNames { get; }

    /// <summary>Expert ids (and gates) per token: layers × top-k.</summary>
    public int EntriesPerToken => Shape.Layers * Shape.TopK;

    /// <summary>One unnamed sequence of <paramref name="tokenCount"/> tokens, as the synthetic generator makes.</summary>
    public static TraceHeader SingleSequence(TraceShape shape, bool hasGates, long tokenCount) =>
        new(shape, hasGates, tokenCount, [0], ["0"]);

    public static TraceHeader Of(RoutingTrace trace) =>
        new(trace.Shape, trace.HasGateProbabilities, trace.TokenCount, trace.SequenceStarts.ToArray(), trace.SequenceNames);
}
