namespace MoeLab.Offload.Traces;

/// <summary>
/// A routing trace held in memory: for every token (in decode order, sequence after sequence) and every
/// layer, the <see cref="TraceShape.TopK"/> chosen experts and, when the source had them, their gate
/// probabilities. Storage is flat and token-major: entry (token, layer, slot) sits at
/// <c>(token·L + layer)·k + slot</c>, which is also the order requests reach a cache.
/// Immutable once built (see <see cref="RoutingTraceBuilder"/>).
/// </summary>
public sealed class RoutingTrace
{
    private readonly int[] _experts;
    private readonly float[]? _gates;
    private readonly int[] _sequenceStarts;

    internal RoutingTrace(TraceShape shape, int[] experts, float[]? gates, int[] sequenceStarts, string[] sequenceNames, int droppedIncompleteTokens, long droppedIncompleteRecords = 0)
    {
        Shape = shape;
        _experts = experts;
        _gates = gates;
        _sequenceStarts = sequenceStarts;
        SequenceNames = sequenceNames;
        DroppedIncompleteTokens = droppedIncompleteTokens;
        DroppedIncompleteRecords = droppedIncompleteRecords;
        TokenCount = experts.Length / (shape.Layers * shape.TopK);
    }

    public TraceShape Shape { get; }

    public int TokenCount { get; }

    /// <summary>Expert requests in the whole trace: tokens × layers × top-k.</summary>
    public long RequestCount => _experts.LongLength;

    public bool HasGateProbabilities => _gates is not null;

    public int SequenceCount => _sequenceStarts.Length;

    /// <summary>A label per sequence (e.g. "gsm8k/0"), for reports.</summary>
    public IReadOnlyList<string> SequenceNames { get; }

    /// <summary>Tokens whose routing was missing for some layers in the source and were left out (reported as a warning).</summary>
    public int DroppedIncompleteTokens { get; }

    /// <summary>(token, layer) records of those dropped tokens, so that records read = tokens × layers + this.</summary>
    public long DroppedIncompleteRecords { get; }

    /// <summary>All chosen expert ids, token-major (token, layer, slot).</summary>
    public ReadOnlySpan<int> AllExperts => _experts;

    /// <summary>The ids array itself, shared (never written) by a batch-1 request stream instead of copied.</summary>
    internal int[] ExpertArray => _experts;

    /// <summary>All gate probabilities in the same order as <see cref="AllExperts"/>; empty when unknown.</summary>
    public ReadOnlySpan<float> AllGates => _gates;

    public ReadOnlySpan<int> Experts(int token, int layer) =>
        _experts.AsSpan((token * Shape.Layers + layer) * Shape.TopK, Shape.TopK);

    public ReadOnlySpan<float> Gates(int token, int layer) =>
        _gates is null ? default : _gates.AsSpan((token * Shape.Layers + layer) * Shape.TopK, Shape.TopK);

    /// <summary>First token of each sequence.</summary>
    public ReadOnlySpan<int> SequenceStarts => _sequenceStarts;

    public int SequenceOf(int token)
    {
        var i = Array.BinarySearch(_sequenceStarts, token);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Tokens of the trace in order, each token's position within its sequence.</summary>
    public int PositionInSequence(int token) => token - _sequenceStarts[SequenceOf(token)];

    public IRoutingTraceReader OpenReader() => new InMemoryTraceReader(this);
}
