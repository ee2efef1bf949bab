using System.Globalization;
using System.Text.Json;

namespace MoeLab.Offload.Traces;

/// <summary>
/// Writes <see cref="JsonlTraceFormat"/>: one object per (token, layer) in decode order. A sequence name
/// "dataset/problem" is split and escaped once per sequence; numbers are formatted into a stack buffer, so a
/// line allocates nothing.
/// </summary>
public sealed class JsonlTraceWriter : TraceWriter
{
    private readonly TextWriter _writer;
    private string _sequenceFields = "";

    public JsonlTraceWriter(TextWriter writer, TraceHeader header) : base(header) => _writer = writer;

    protected override void OnSequenceStart()
    {
        var name = Header.SequenceNames[Sequence];
        var slash = name.LastIndexOf('/');
        var dataset = slash < 0 ? "" : name[..slash];
        var problem = slash < 0 ? name : name[(slash + 1)..];
        var problemJson = int.TryParse(problem, out var p) ? p.ToString(CultureInfo.InvariantCulture) : JsonSerializer.Serialize(problem);
        _sequenceFields = $"{{\"dataset\": {JsonSerializer.Serialize(dataset)}, \"problem_id\": {problemJson}, \"layer\": ";
    }

    protected override void Write(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates)
    {
        var k = Header.Shape.TopK;
        for (var layer = 0; layer < Header.Shape.Layers; layer++)
        {
            _writer.Write(_sequenceFields);
            WriteInteger(_writer, layer);
            _writer.Write(", \"experts\": [");
            for (var s = 0; s < k; s++)
            {
                if (s > 0) _writer.Write(", ");
                WriteInteger(_writer, experts[layer * k + s]);
            }
            _writer.Write(']');
            if (Header.HasGates)
            {
                _writer.Write(", \"gating_probs\": [");
                for (var s = 0; s < k; s++)
                {
                    if (s > 0) _writer.Write(", ");
                    WriteGate(_writer, gates[layer * k + s]);
                }
                _writer.Write(']');
            }
            _writer.Write(", \"token_idx\": ");
            WriteInteger(_writer, Position);
            _writer.WriteLine('}');
        }
    }

    protected override void Flush() => _writer.Flush();
}
