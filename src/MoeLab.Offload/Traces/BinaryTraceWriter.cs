using System.Buffers.Binary;
using System.Text;

namespace MoeLab.Offload.Traces;

/// <summary>Writes <see cref="BinaryTraceFormat"/>: the header at once (it carries the token count), then fixed-size records through a fixed buffer.</summary>
public sealed class BinaryTraceWriter : TraceWriter
{
    private const int BufferRecords = 4096;
    private readonly Stream _stream;
    private readonly int _recordBytes;
    private readonly byte[] _buffer;
    private int _used;

    public BinaryTraceWriter(Stream stream, TraceHeader header) : base(header)
    {
        _stream = stream;
        _recordBytes = BinaryTraceFormat.RecordBytes(header.Shape, header.HasGates);
        _buffer = new byte[_recordBytes * BufferRecords];
        stream.Write(HeaderBytes(header));
    }

    /// <summary>The exact size of the file for <paramref name="header"/>: records are fixed-size.</summary>
    public static long FileBytes(TraceHeader header) =>
        HeaderBytes(header).Length + header.TokenCount * header.Shape.Layers * BinaryTraceFormat.RecordBytes(header.Shape, header.HasGates);

    private static byte[] HeaderBytes(TraceHeader header)
    {
        var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(BinaryTraceFormat.Magic);
            w.Write(BinaryTraceFormat.Version);
            w.Write(0u); // header length, patched below
            w.Write((uint)header.Shape.Layers);
            w.Write((uint)header.Shape.ExpertsPerLayer);
            w.Write((uint)header.Shape.TopK);
            w.Write(header.HasGates ? BinaryTraceFormat.GatesFlag : 0u);
            w.Write((ulong)header.TokenCount);
            w.Write((uint)header.SequenceStarts.Count);
            for (var s = 0; s < header.SequenceStarts.Count; s++)
            {
                var name = Encoding.UTF8.GetBytes(header.SequenceNames[s]);
                w.Write((uint)header.SequenceStarts[s]);
                w.Write((uint)name.Length);
                w.Write(name);
            }
        }
        var result = bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(12), (uint)result.Length);
        return result;
    }

    protected override void Write(ReadOnlySpan<int> experts, ReadOnlySpan<float> gates)
    {
        var k = Header.Shape.TopK;
        for (var layer = 0; layer < Header.Shape.Layers; layer++)
        {
            if (_used == _buffer.Length) Drain();
            var record = _buffer.AsSpan(_used, _recordBytes);
            var at = layer * k;
            for (var s = 0; s < k; s++) BinaryPrimitives.WriteUInt16LittleEndian(record[(2 * s)..], (ushort)experts[at + s]);
            if (Header.HasGates)
                for (var s = 0; s < k; s++) BinaryPrimitives.WriteSingleLittleEndian(record[(2 * k + 4 * s)..], gates[at + s]);
            _used += _recordBytes;
        }
    }

    protected override void Flush()
    {
        Drain();
        _stream.Flush();
    }

    private void Drain()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
