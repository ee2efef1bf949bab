using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// Accumulates tokens into a <see cref="RoutingTrace"/>, checking each against the shape so a bad id is
/// reported where it was read (source and line), not later inside a simulation.
/// </summary>
public sealed class RoutingTraceBuilder
{
    private readonly List<int> _experts = [];
    private readonly List<float>? _gates;
    private readonly List<int> _sequenceStarts = [];
    private readonly List<string> _sequenceNames = [];
    private int _tokens;
    private int _dropped;

    public RoutingTraceBuilder(TraceShape shape, bool withGates)
    {
        Shape = shape;
        _gates = withGates ? [] : null;
    }

    public TraceShape Shape { get; }

    public int TokenCount => _tokens;

    public void StartSequence(string name)
    {
        if (_sequenceStarts.Count > 0 && _sequenceStarts[^1] == _tokens)
        {
            _sequenceNames[^1] = name; // an empty sequence is replaced, not kept
            return;
        }
        _sequenceStarts.Add(_tokens);
        _sequenceNames.Add(name);
    }

    /// <summary>Counts a token left out because the source lacked some of its layers.</summary>
    public void NoteDroppedToken(int records = 0)
    {
        _dropped++;
        _droppedRecords += records;
    }

    private long _droppedRecords;

    /// <summary>
    /// Adds one token: <paramref name="experts"/> holds layers × top-k ids (layer-major), <paramref name="gates"/>
    /// the matching probabilities when the builder keeps them.
    /// </summary>
    public void AddToken(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates, string? source = null, long? row = null)
    {
        var perToken = Shape.Layers * Shape.TopK;
        if (experts.Length != perToken)
            throw new InvalidInputException($"a token needs {perToken} expert ids ({Shape}), got {experts.Length}", source, row: row);
        for (var layer = 0; layer < Shape.Layers; layer++)
        {
            var chosen = experts.Slice(layer * Shape.TopK, Shape.TopK);
            for (var slot = 0; slot < chosen.Length; slot++)
            {
                var e = chosen[slot];
                if ((uint)e >= (uint)Shape.ExpertsPerLayer)
                    throw new InvalidInputException($"expert id {e} at layer {layer} is outside 0..{Shape.ExpertsPerLayer - 1} for {Shape}", source, "expert", row);
                for (var other = 0; other < slot; other++)
                    if (chosen[other] == e)
                        throw new InvalidInputException($"expert {e} is chosen twice at layer {layer} of one token", source, "expert", row);
            }
        }
        if (_sequenceStarts.Count == 0) StartSequence("0");
        foreach (var e in experts) _experts.Add(e);
        if (_gates is not null)
        {
            if (gates.Length != perToken)
                throw new InvalidInputException($"a token needs {perToken} gate probabilities, got {gates.Length}", source, "gating_probs", row);
            foreach (var g in gates)
            {
                if (!float.IsFinite(g) || g < 0 || g > 1.0001f)
                    throw new InvalidInputException($"gate probability {g} is not in [0, 1]", source, "gating_probs", row);
                _gates.Add(g);
            }
        }
        _tokens++;
    }

    public RoutingTrace Build()
    {
        // Drop a trailing empty sequence so SequenceOf stays well-defined.
        if (_sequenceStarts.Count > 1 && _sequenceStarts[^1] == _tokens)
        {
            _sequenceStarts.RemoveAt(_sequenceStarts.Count - 1);
            _sequenceNames.RemoveAt(_sequenceNames.Count - 1);
        }
        if (_sequenceStarts.Count == 0) { _sequenceStarts.Add(0); _sequenceNames.Add("0"); }
        return new RoutingTrace(Shape, [.. _experts], _gates?.ToArray(), [.. _sequenceStarts], [.. _sequenceNames], _dropped, _droppedRecords);
    }
}
