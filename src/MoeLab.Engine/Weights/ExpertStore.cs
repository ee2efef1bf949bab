using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MoeLab.Engine.Weights;

/// <summary>What one <see cref="ExpertStore.ReadExpert"/> did: device bytes transferred (aligned windows), reads issued, wall time.</summary>
public sealed record ExpertReadResult(int Layer, int Expert, long BytesRead, int ReadsIssued, double Seconds);

/// <summary>
/// Reads routed experts from their weight files into caller-owned <see cref="ExpertSlot"/>s with direct I/O: one
/// pread per coalesced range of <see cref="ExpertLayout"/> (one per expert for files written by
/// <see cref="WeightsSynthesizer"/>), then BF16/F16 widened into the slot's float32 area. Thread-safe for concurrent
/// reads into different slots, so a runtime's I/O threads can share one store.
/// </summary>
public sealed class ExpertStore : IDisposable
{
    private readonly Dictionary<string, DirectFileReader> _readers;

    public ExpertStore(ExpertLayout layout, bool requireDirect = false)
    {
        Layout = layout;
        var files = layout.All.SelectMany(e => e.Reads).Select(r => r.File).Distinct().ToList();
        _readers = new Dictionary<string, DirectFileReader>(StringComparer.Ordinal);
        try
        {
            foreach (var f in files) _readers[f] = DirectFileReader.Open(f, requireDirect);
        }
        catch
        {
            Dispose();
            throw;
        }
        RawBytes = layout.All.Max(RawWindowBytes);
        FloatBytes = layout.DType == "F32" ? 0 : layout.All.Max(e => e.Matrices.Sum(m => m.Elements) * 4);
        SlotBytes = RawBytes + FloatBytes;
    }

    public ExpertLayout Layout { get; }

    /// <summary>Bytes of the raw area of a slot: the largest sum, over an expert's reads, of their aligned windows.</summary>
    public long RawBytes { get; }

    /// <summary>Bytes of the float32 area (0 for F32 weights, read in place).</summary>
    public long FloatBytes { get; }

    /// <summary>Bytes one slot needs (<see cref="RawBytes"/> + <see cref="FloatBytes"/>); preallocate slots of this size.</summary>
    public long SlotBytes { get; }

    /// <summary>True when every file is read with O_DIRECT.</summary>
    public bool IsDirect => _readers.Values.All(r => r.IsDirect);

    /// <summary>The I/O mode of each file, e.g. "O_DIRECT", for reports (a fallback is never silent).</summary>
    public IReadOnlyDictionary<string, string> Modes => _readers.ToDictionary(r => r.Key, r => r.Value.Mode);

    public ExpertSlot AllocateSlot() => new(SlotBytes);

    /// <summary>Reads expert <paramref name="expert"/> of MoE layer <paramref name="layer"/> into <paramref name="slot"/>.</summary>
    public ExpertReadResult ReadExpert(int layer, int expert, ExpertSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.Bytes < SlotBytes) throw new ArgumentException($"slot of {slot.Bytes} bytes is smaller than SlotBytes {SlotBytes}", nameof(slot));
        var location = Layout.Location(layer, expert);
        var clock = Stopwatch.StartNew();
        slot.Clear();
        var raw = slot.Raw;
        var starts = new (ByteRange Range, int At)[location.Reads.Count];
        long transferred = 0;
        var position = 0;
        for (var i = 0; i < location.Reads.Count; i++)
        {
            var r = location.Reads[i];
            var window = (int)DirectFileReader.BufferBytes(r.Offset, r.Length);
            var inner = _readers[r.File].Read(r.Offset, (int)r.Length, raw.Slice(position, window), out var bytes);
            starts[i] = (r, position + inner);
            transferred += bytes;
            position += window;
        }
        var floatAt = (int)RawBytes;
        var gate = Place(location.Gate, raw, starts, ref floatAt);
        var up = Place(location.Up, raw, starts, ref floatAt);
        var down = Place(location.Down, raw, starts, ref floatAt);
        slot.Hold(layer, expert, location.Gate.Columns, location.Gate.Rows, gate, up, down);
        return new ExpertReadResult(layer, expert, transferred, location.Reads.Count, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Where matrix <paramref name="m"/> ends up as float32: in place for F32, else widened at <paramref name="floatAt"/>.</summary>
    private static (int Offset, int Length) Place(ExpertMatrix m, Span<byte> raw, (ByteRange Range, int At)[] starts, ref int floatAt)
    {
        var at = -1;
        foreach (var (range, start) in starts)
            if (range.File == m.Range.File && m.Range.Offset >= range.Offset && m.Range.End <= range.End)
                at = start + (int)(m.Range.Offset - range.Offset);
        if (at < 0) throw new InvalidOperationException($"matrix {m.Tensor} not covered by the expert's reads");
        if (m.DType == "F32") return (at, (int)m.Elements);
        var target = floatAt;
        SafeTensorsDType.ToFloat32(m.DType, raw.Slice(at, (int)m.Range.Length), MemoryMarshal.Cast<byte, float>(raw.Slice(target, (int)m.Elements * 4)));
        floatAt += (int)m.Elements * 4;
        return (target, (int)m.Elements);
    }

    private static long RawWindowBytes(ExpertLocation e) => e.Reads.Sum(r => DirectFileReader.BufferBytes(r.Offset, r.Length));

    public void Dispose()
    {
        foreach (var r in _readers.Values) r.Dispose();
    }
}
