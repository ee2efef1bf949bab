using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// MoeLab's compact trace format, for fast sequential replay. Little-endian:
/// <code>
/// magic "MOETRACE" (8 bytes) · version u32 (=1) · header length u32 (bytes from file start to the first record)
/// layers u32 · experts per layer u32 · top-k u32 · flags u32 (bit 0: gate probabilities present)
/// token count u64 · sequence count u32 · per sequence: first token u32, name length u32, name UTF-8
/// records: one per (token, layer) in decode order, top-k × u16 expert id, then (flag 0) top-k × f32 gate
/// </code>
/// Records have a fixed size, so a reader can seek to any token and files of any length replay in constant memory.
/// </summary>
public static class BinaryTraceFormat
{
    public static ReadOnlySpan<byte> Magic => "MOETRACE"u8;
    public const uint Version = 1;
    internal const uint GatesFlag = 1;

    public static int RecordBytes(TraceShape shape, bool withGates) => shape.TopK * (sizeof(ushort) + (withGates ? sizeof(float) : 0));

    public static void Write(RoutingTrace trace, Stream stream)
    {
        var binary = new BinaryTraceWriter(stream, TraceHeader.Of(trace));
        binary.WriteAll(trace);
        binary.Complete();
    }

    /// <summary>Reads a whole binary trace into memory, validating every id against the header's shape.</summary>
    public static RoutingTrace Read(string path, TraceShape? expected = null)
    {
        using var reader = BinaryTraceReader.Open(path, expected);
        return ReadAll(reader, path);
    }

    /// <summary>Reads a whole binary trace from a seekable stream (e.g. an embedded resource); <paramref name="source"/> names it in errors.</summary>
    public static RoutingTrace Read(Stream stream, string source, TraceShape? expected = null)
    {
        using var reader = BinaryTraceReader.Open(stream, source, expected);
        return ReadAll(reader, source);
    }

    private static RoutingTrace ReadAll(BinaryTraceReader reader, string path)
    {
        if (reader.TryReadWhole(out var whole)) return whole;
        var builder = new RoutingTraceBuilder(reader.Shape, reader.HasGateProbabilities);
        var record = new RoutingRecord(reader.Shape.TopK);
        var perToken = reader.Shape.Layers * reader.Shape.TopK;
        var experts = new int[perToken];
        var gates = new float[perToken];
        var lastSequence = -1;
        while (reader.TryRead(record))
        {
            if (record.Sequence != lastSequence)
            {
                builder.StartSequence(reader.SequenceNames[record.Sequence]);
                lastSequence = record.Sequence;
            }
            record.Experts.CopyTo(experts, record.Layer * reader.Shape.TopK);
            if (record.HasGates) record.Gates.CopyTo(gates, record.Layer * reader.Shape.TopK);
            if (record.Layer == reader.Shape.Layers - 1)
                builder.AddToken(experts, reader.HasGateProbabilities ? gates : default, path, record.Token);
        }
        return builder.Build();
    }
}

/// <summary>
/// Streams a binary trace record by record through a fixed buffer: memory stays constant in trace length.
/// Every expert id is checked against the header's shape as it is read.
/// </summary>
public sealed class BinaryTraceReader : IRoutingTraceReader
{
    private const int BufferRecords = 16384;
    private readonly string _path;
    private readonly Stream _stream;
    private readonly bool _isFile;
    private readonly long _dataOffset;
    private readonly int _recordBytes;
    private readonly byte[] _buffer;
    private readonly int[] _sequenceStarts;
    private readonly long _records;
    private int _bufferUsed;
    private int _bufferPos;
    private long _recordIndex;
    private int _sequence;

    private BinaryTraceReader(string path, Stream stream, bool isFile, TraceShape shape, bool gates, long tokens, long dataOffset, int[] starts, string[] names)
    {
        _path = path;
        _stream = stream;
        _isFile = isFile;
        Shape = shape;
        HasGateProbabilities = gates;
        TokenCount = tokens;
        _dataOffset = dataOffset;
        _sequenceStarts = starts;
        SequenceNames = names;
        _recordBytes = BinaryTraceFormat.RecordBytes(shape, gates);
        _buffer = new byte[_recordBytes * BufferRecords];
        _records = tokens * shape.Layers;
        Reset();
    }

    public TraceShape Shape { get; }
    public bool HasGateProbabilities { get; }
    public long TokenCount { get; }
    public IReadOnlyList<string> SequenceNames { get; }

    public static BinaryTraceReader Open(string path, TraceShape? expected = null)
    {
        Core.IO.InputFile.Require(path, "trace file");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Open(stream, path, expected, isFile: true);
    }

    /// <summary>Reads from a seekable stream the reader then owns; <paramref name="source"/> names it in errors.</summary>
    public static BinaryTraceReader Open(Stream stream, string source, TraceShape? expected = null) => Open(stream, source, expected, isFile: false);

    private static BinaryTraceReader Open(Stream stream, string path, TraceShape? expected, bool isFile)
    {
        try
        {
            Span<byte> fixedPart = stackalloc byte[44];
            if (stream.ReadAtLeast(fixedPart, fixedPart.Length, throwOnEndOfStream: false) < fixedPart.Length || !fixedPart[..8].SequenceEqual(BinaryTraceFormat.Magic))
                throw new InvalidInputException("not a MoeLab binary trace (bad magic); convert it with `moelab trace convert`", path);
            var version = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[8..]);
            if (version != BinaryTraceFormat.Version)
                throw new InvalidInputException($"binary trace version {version} is not supported (this MoeLab reads version {BinaryTraceFormat.Version}); regenerate it with `moelab trace convert`", path);
            var headerLength = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[12..]);
            var layers = (int)BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[16..]);
            var experts = (int)BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[20..]);
            var topK = (int)BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[24..]);
            var flags = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[28..]);
            var tokens = (long)BinaryPrimitives.ReadUInt64LittleEndian(fixedPart[32..]);
            var sequenceCount = (int)BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[40..]);
            TraceShape shape;
            try { shape = new TraceShape(layers, experts, topK); }
            catch (InvalidInputException e) { throw e.InFile(path); }
            if (expected is not null && expected != shape)
                throw new InvalidInputException($"the trace is {shape} but the model is {expected}", path);
            // Every size below comes from the file: each is checked against the file's length before it allocates anything.
            if (headerLength < fixedPart.Length || headerLength > stream.Length)
                throw new InvalidInputException($"header length {headerLength} is outside {fixedPart.Length}..{stream.Length} (the file's size): corrupt header", path, "header_length");
            if ((long)sequenceCount * 8 > headerLength - fixedPart.Length || sequenceCount < 0)
                throw new InvalidInputException($"{(uint)sequenceCount} sequences do not fit in a {headerLength}-byte header: corrupt header", path, "sequences");
            var rest = new byte[headerLength - fixedPart.Length];
            stream.ReadExactly(rest);
            var starts = new int[sequenceCount];
            var names = new string[sequenceCount];
            var pos = 0;
            for (var s = 0; s < sequenceCount; s++)
            {
                if (rest.Length - pos < 8)
                    throw new InvalidInputException($"the sequence table ends inside sequence {s + 1} of {sequenceCount}: corrupt header", path, "sequences");
                var start = BinaryPrimitives.ReadUInt32LittleEndian(rest.AsSpan(pos));
                var len = BinaryPrimitives.ReadUInt32LittleEndian(rest.AsSpan(pos + 4));
                if (start > int.MaxValue || (ulong)start > (ulong)tokens || len > rest.Length - pos - 8)
                    throw new InvalidInputException($"sequence {s + 1} (first token {start}, name of {len} bytes) does not fit the header's {tokens} tokens and {headerLength} bytes: corrupt header", path, "sequences");
                starts[s] = (int)start;
                names[s] = Encoding.UTF8.GetString(rest, pos + 8, (int)len);
                pos += 8 + (int)len;
            }
            var gates = (flags & BinaryTraceFormat.GatesFlag) != 0;
            var expectedLength = (UInt128)headerLength + (UInt128)(ulong)tokens * (ulong)layers * (ulong)BinaryTraceFormat.RecordBytes(shape, gates);
            if ((UInt128)stream.Length != expectedLength)
                throw new InvalidInputException($"file is {stream.Length} bytes, the header promises {expectedLength}: truncated or corrupt", path);
            return new BinaryTraceReader(path, stream, isFile, shape, gates, tokens, headerLength, starts, names);
        }
        catch (EndOfStreamException)
        {
            stream.Dispose();
            throw new InvalidInputException("the header is truncated", path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public bool TryRead(RoutingRecord record)
    {
        if (_recordIndex >= _records) return false;
        if (_bufferPos == _bufferUsed) Refill();
        var k = Shape.TopK;
        var span = _buffer.AsSpan(_bufferPos, _recordBytes);
        var experts = record.Experts;
        for (var s = 0; s < k; s++)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(span[(2 * s)..]);
            if (id >= Shape.ExpertsPerLayer)
                throw new InvalidInputException($"expert id {id} is outside 0..{Shape.ExpertsPerLayer - 1}", _path, "expert", _recordIndex + 1);
            experts[s] = id;
        }
        record.HasGates = HasGateProbabilities;
        if (HasGateProbabilities)
            for (var s = 0; s < k; s++) record.Gates[s] = BinaryPrimitives.ReadSingleLittleEndian(span[(2 * k + 4 * s)..]);
        var token = _recordIndex / Shape.Layers;
        record.Token = (int)token;
        record.Layer = (int)(_recordIndex - token * Shape.Layers);
        while (_sequence + 1 < _sequenceStarts.Length && _sequenceStarts[_sequence + 1] <= token) _sequence++;
        record.Sequence = _sequence;
        _bufferPos += _recordBytes;
        _recordIndex++;
        return true;
    }

    /// <summary>
    /// Reads every record straight into the trace's arrays — one pass over the read buffer, no record objects, no
    /// growing lists — with the builder's checks (id range, an id twice in one record, gates in [0, 1]). False,
    /// reading nothing, when the header's sequence table is not the plain ascending one a saved trace has; the
    /// record-by-record path then rebuilds the sequences.
    /// </summary>
    internal bool TryReadWhole(out RoutingTrace trace)
    {
        trace = null!;
        var tokens = _records / Shape.Layers;
        if (_recordIndex != 0 || tokens == 0 || tokens * Shape.Layers * Shape.TopK > Array.MaxLength) return false;
        for (var s = 0; s < _sequenceStarts.Length; s++)
            if ((s == 0 ? _sequenceStarts[s] != 0 : _sequenceStarts[s] <= _sequenceStarts[s - 1]) || _sequenceStarts[s] >= tokens) return false;
        var k = Shape.TopK;
        var limit = (uint)Shape.ExpertsPerLayer;
        var experts = new int[tokens * Shape.Layers * k];
        var gates = HasGateProbabilities ? new float[experts.Length] : null;
        while (_recordIndex < _records)
        {
            if (_bufferPos == _bufferUsed) Refill();
            var chunk = (_bufferUsed - _bufferPos) / _recordBytes;
            var source = _buffer.AsSpan(_bufferPos, chunk * _recordBytes);
            for (var r = 0; r < chunk; r++)
            {
                var record = source.Slice(r * _recordBytes, _recordBytes);
                var at = (int)((_recordIndex + r) * k);
                for (var s = 0; s < k; s++)
                {
                    int id = BinaryPrimitives.ReadUInt16LittleEndian(record[(2 * s)..]);
                    if ((uint)id >= limit) throw OutOfRangeExpert(id, _recordIndex + r);
                    for (var other = 0; other < s; other++)
                        if (experts[at + other] == id)
                            throw new InvalidInputException($"expert {id} is chosen twice in one record", _path, "expert", _recordIndex + r + 1);
                    experts[at + s] = id;
                    if (gates is null) continue;
                    var g = BinaryPrimitives.ReadSingleLittleEndian(record[(2 * k + 4 * s)..]);
                    if (!float.IsFinite(g) || g < 0 || g > 1.0001f)
                        throw new InvalidInputException($"gate probability {g} is not in [0, 1]", _path, "gating_probs", _recordIndex + r + 1);
                    gates[at + s] = g;
                }
            }
            _bufferPos += chunk * _recordBytes;
            _recordIndex += chunk;
        }
        trace = new RoutingTrace(Shape, experts, gates, [.. _sequenceStarts], [.. SequenceNames], 0);
        return true;
    }

    /// <summary>Copies whole records' ids straight out of the read buffer: no per-record call, no division,
    /// gates skipped. Each id is still checked against the shape.</summary>
    public int ReadExperts(Span<int> experts, out int firstLayer)
    {
        var k = Shape.TopK;
        var limit = (uint)Shape.ExpertsPerLayer;
        var records = (int)Math.Min(experts.Length / k, _records - _recordIndex);
        firstLayer = (int)(_recordIndex % Shape.Layers);
        for (var done = 0; done < records;)
        {
            if (_bufferPos == _bufferUsed) Refill();
            var chunk = Math.Min(records - done, (_bufferUsed - _bufferPos) / _recordBytes);
            var source = _buffer.AsSpan(_bufferPos, chunk * _recordBytes);
            var target = experts.Slice(done * k, chunk * k);
            if (BitConverter.IsLittleEndian)
            {
                // Ids are the first k u16 words of each record; gates (if any) follow and are skipped.
                // Checking while copying keeps it one pass over the ids.
                var words = MemoryMarshal.Cast<byte, ushort>(source);
                var stride = _recordBytes / sizeof(ushort);
                for (int r = 0, w = 0; r < target.Length; r += k, w += stride)
                    for (var s = 0; s < k; s++)
                    {
                        int id = words[w + s];
                        if ((uint)id >= limit) throw OutOfRangeExpert(id, _recordIndex + r / k);
                        target[r + s] = id;
                    }
            }
            else
            {
                for (var r = 0; r < chunk; r++)
                    for (var s = 0; s < k; s++)
                    {
                        int id = BinaryPrimitives.ReadUInt16LittleEndian(source[(r * _recordBytes + 2 * s)..]);
                        if ((uint)id >= limit) throw OutOfRangeExpert(id, _recordIndex + r);
                        target[r * k + s] = id;
                    }
            }
            _bufferPos += chunk * _recordBytes;
            _recordIndex += chunk;
            done += chunk;
        }
        if (records > 0)
        {
            var lastToken = (_recordIndex - 1) / Shape.Layers;
            while (_sequence + 1 < _sequenceStarts.Length && _sequenceStarts[_sequence + 1] <= lastToken) _sequence++;
        }
        return records;
    }

    private InvalidInputException OutOfRangeExpert(int id, long recordIndex) =>
        new($"expert id {id} is outside 0..{Shape.ExpertsPerLayer - 1}", _path, "expert", recordIndex + 1);

    private void Refill()
    {
        var remaining = (_records - _recordIndex) * _recordBytes;
        var want = (int)Math.Min(_buffer.Length, remaining);
        _stream.ReadExactly(_buffer, 0, want);
        _bufferUsed = want;
        _bufferPos = 0;
    }

    public void Reset()
    {
        _stream.Position = _dataOffset;
        _recordIndex = 0;
        _bufferPos = _bufferUsed = 0;
        _sequence = 0;
    }

    /// <summary>A second cursor over the same file. Stream-backed readers cannot be cloned (read them into memory instead).</summary>
    public IRoutingTraceReader Clone() => _isFile
        ? Open(_path, Shape)
        : throw new NotSupportedException("a stream-backed trace reader cannot be cloned; load the trace into memory and clone its reader");

    public void Dispose() => _stream.Dispose();
}
