using System.Globalization;
using System.Text;

namespace MoeLab.Offload.Traces;

/// <summary>
/// Writes a trace token by token to a stream in one of the <see cref="TraceFormat"/>s, holding nothing but a
/// fixed buffer, so a trace of any length can be written as it is produced. The header fixes the token count;
/// <see cref="Complete"/> checks that exactly that many tokens came and flushes. The stream stays the caller's.
/// </summary>
public abstract class TraceWriter
{
    private int _nextSequence;

    protected TraceWriter(TraceHeader header) => Header = header;

    public TraceHeader Header { get; }

    /// <summary>Tokens written so far.</summary>
    public long Tokens { get; private set; }

    /// <summary>Index of the sequence the current token belongs to.</summary>
    protected int Sequence { get; private set; }

    /// <summary>The current token's position within its sequence.</summary>
    protected long Position => Tokens - Header.SequenceStarts[Sequence];

    public static TraceWriter Create(TraceFormat format, Stream stream, TraceHeader header) => format switch
    {
        TraceFormat.Binary => new BinaryTraceWriter(stream, header),
        TraceFormat.Csv => new CsvTraceWriter(NewText(stream), header),
        _ => new JsonlTraceWriter(NewText(stream), header),
    };

    /// <summary>UTF-8 without a byte-order mark, a 64 KiB buffer, the stream left open for its owner.</summary>
    private static StreamWriter NewText(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);

    /// <summary>Writes one token: layers × top-k expert ids (layer-major) and, when the header has gates, as many gates.</summary>
    public void WriteToken(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates)
    {
        if (Tokens >= Header.TokenCount) throw new InvalidOperationException($"the header promised {Header.TokenCount} tokens");
        if (experts.Length != Header.EntriesPerToken || (Header.HasGates && gates.Length != Header.EntriesPerToken))
            throw new ArgumentException($"a token has {Header.EntriesPerToken} expert ids{(Header.HasGates ? " and gates" : "")} ({Header.Shape})");
        while (_nextSequence < Header.SequenceStarts.Count && Header.SequenceStarts[_nextSequence] <= Tokens)
        {
            Sequence = _nextSequence++;
            OnSequenceStart();
        }
        Write(experts, gates);
        Tokens++;
    }

    /// <summary>Writes every token of an in-memory trace (whose header this writer was made with).</summary>
    public void WriteAll(RoutingTrace trace)
    {
        var perToken = Header.EntriesPerToken;
        var experts = trace.AllExperts;
        var gates = trace.AllGates;
        for (var t = 0; t < trace.TokenCount; t++)
            WriteToken(experts.Slice(t * perToken, perToken), trace.HasGateProbabilities ? gates.Slice(t * perToken, perToken) : default);
    }

    /// <summary>Checks that all the promised tokens were written and flushes them.</summary>
    public void Complete()
    {
        if (Tokens != Header.TokenCount)
            throw new InvalidOperationException($"{Tokens} tokens written, the header promised {Header.TokenCount}");
        Flush();
    }

    protected abstract void Write(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates);

    /// <summary>Called before the first token of every sequence, the first included, once <see cref="Sequence"/> names it.</summary>
    protected virtual void OnSequenceStart() { }

    protected abstract void Flush();

    /// <summary>An integer in invariant culture, formatted on the stack (no string per number).</summary>
    protected static void WriteInteger(TextWriter writer, long value)
    {
        Span<char> text = stackalloc char[20];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(text[..written]);
    }

    /// <summary>A gate probability in round-trip ("R") form, as <c>float.ToString("R")</c> writes it, formatted on the stack.</summary>
    protected static void WriteGate(TextWriter writer, float value)
    {
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
        writer.Write(text[..written]);
    }
}
