namespace MoeLab.Offload.Traces;

/// <summary>
/// One (token, layer) of a trace, owned by the caller and refilled by every <see cref="IRoutingTraceReader.TryRead"/>
/// so a pass over millions of records allocates nothing.
/// </summary>
public sealed class RoutingRecord
{
    public RoutingRecord(int topK)
    {
        Experts = new int[topK];
        Gates = new float[topK];
    }

    public int Sequence { get; internal set; }
    public int Token { get; internal set; }
    public int Layer { get; internal set; }

    /// <summary>Chosen expert ids, length top-k.</summary>
    public int[] Experts { get; }

    /// <summary>Gate probabilities matching <see cref="Experts"/>; meaningful only when <see cref="HasGates"/>.</summary>
    public float[] Gates { get; }

    public bool HasGates { get; internal set; }
}

/// <summary>
/// Sequential access to a trace, record by record in decode order (token-major, then layer). Readers are
/// cheap to <see cref="Clone"/> so each run of a sweep has its own cursor; <see cref="Reset"/> rewinds.
/// </summary>
public interface IRoutingTraceReader : IDisposable
{
    TraceShape Shape { get; }

    bool HasGateProbabilities { get; }

    /// <summary>Refills <paramref name="record"/> with the next (token, layer); false at the end.</summary>
    bool TryRead(RoutingRecord record);

    /// <summary>
    /// Bulk read for replay loops: fills <paramref name="experts"/> with the expert ids of as many whole records
    /// as fit (top-k each, decode order), continuing where the last read stopped, and returns how many records
    /// that was (0 at the end) with the layer of the first. Readers that can, override this to skip per-record calls.
    /// </summary>
    int ReadExperts(Span<int> experts, out int firstLayer)
    {
        var k = Shape.TopK;
        var record = new RoutingRecord(k);
        var used = 0;
        firstLayer = 0;
        while (used + k <= experts.Length && TryRead(record))
        {
            if (used == 0) firstLayer = record.Layer;
            record.Experts.CopyTo(experts[used..]);
            used += k;
        }
        return used / k;
    }

    void Reset();

    IRoutingTraceReader Clone();
}

/// <summary>Reads a <see cref="RoutingTrace"/> already in memory.</summary>
public sealed class InMemoryTraceReader(RoutingTrace trace) : IRoutingTraceReader
{
    private int _token;
    private int _layer;

    public TraceShape Shape => trace.Shape;

    public bool HasGateProbabilities => trace.HasGateProbabilities;

    public bool TryRead(RoutingRecord record)
    {
        if (_token >= trace.TokenCount) return false;
        record.Token = _token;
        record.Layer = _layer;
        record.Sequence = trace.SequenceOf(_token);
        trace.Experts(_token, _layer).CopyTo(record.Experts);
        record.HasGates = trace.HasGateProbabilities;
        if (record.HasGates) trace.Gates(_token, _layer).CopyTo(record.Gates);
        if (++_layer == trace.Shape.Layers) { _layer = 0; _token++; }
        return true;
    }

    public void Reset() => (_token, _layer) = (0, 0);

    public IRoutingTraceReader Clone() => new InMemoryTraceReader(trace);

    public void Dispose() { }
}
