using System.Globalization;

namespace MoeLab.Offload.Traces;

/// <summary>
/// Writes <see cref="CsvTraceFormat"/>: one <c>[sequence,]token,layer,expert[,weight]</c> row per chosen expert.
/// Numbers are formatted into a stack buffer, so a row allocates nothing.
/// </summary>
public sealed class CsvTraceWriter : TraceWriter
{
    private readonly TextWriter _writer;
    private readonly bool _multi;
    private string _prefix = "";

    public CsvTraceWriter(TextWriter writer, TraceHeader header) : base(header)
    {
        _writer = writer;
        _multi = header.SequenceStarts.Count > 1;
        writer.WriteLine(_multi
            ? (header.HasGates ? "sequence,token,layer,expert,weight" : "sequence,token,layer,expert")
            : (header.HasGates ? "token,layer,expert,weight" : "token,layer,expert"));
    }

    protected override void OnSequenceStart() => _prefix = _multi ? Header.SequenceNames[Sequence] + "," : "";

    protected override void Write(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates)
    {
        var position = Position;
        var k = Header.Shape.TopK;
        for (var layer = 0; layer < Header.Shape.Layers; layer++)
            for (var s = 0; s < k; s++)
            {
                _writer.Write(_prefix);
                WriteInteger(_writer, position);
                _writer.Write(',');
                WriteInteger(_writer, layer);
                _writer.Write(',');
                WriteInteger(_writer, experts[layer * k + s]);
                if (Header.HasGates)
                {
                    _writer.Write(',');
                    WriteGate(_writer, gates[layer * k + s]);
                }
                _writer.WriteLine();
            }
    }

    protected override void Flush() => _writer.Flush();
}
