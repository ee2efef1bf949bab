using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Checkpoints;

/// <summary>One tensor of a safetensors file: its name, dtype ("F32" or "F64"), shape and raw values.</summary>
public sealed record SafeTensor(string Name, string DType, long[] Shape, byte[] Bytes)
{
    public static SafeTensor FromFloats(string name, long[] shape, ReadOnlySpan<float> values) =>
        new(name, "F32", shape, MemoryMarshal.AsBytes(values).ToArray());

    public float[] ToFloats(string source)
    {
        if (DType != "F32") throw new InvalidInputException($"tensor '{Name}' is {DType}, expected F32", source: source);
        var result = new float[Bytes.Length / 4];
        for (var i = 0; i < result.Length; i++) result[i] = BinaryPrimitives.ReadSingleLittleEndian(Bytes.AsSpan(i * 4));
        return result;
    }
}

/// <summary>
/// The safetensors format (Hugging Face): an 8-byte little-endian header length, a JSON header mapping each name to
/// {dtype, shape, data_offsets} plus an optional "__metadata__" string map, then the raw little-endian tensor bytes.
/// Files written here load with the `safetensors` Python package and other readers.
/// </summary>
public static class SafeTensorsFile
{
    private static readonly Dictionary<string, int> ElementSizes = new() { ["F32"] = 4, ["F64"] = 8, ["F16"] = 2, ["BF16"] = 2, ["I64"] = 8, ["I32"] = 4 };

    public static void Write(string path, IReadOnlyList<SafeTensor> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors writing assumes a little-endian machine");
        var header = new JsonObject();
        if (metadata.Count > 0)
        {
            var meta = new JsonObject();
            foreach (var (k, v) in metadata) meta[k] = v;
            header["__metadata__"] = meta;
        }
        long offset = 0;
        foreach (var t in tensors)
        {
            header[t.Name] = new JsonObject
            {
                ["dtype"] = t.DType,
                ["shape"] = new JsonArray(t.Shape.Select(d => (JsonNode)d).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + t.Bytes.Length),
            };
            offset += t.Bytes.Length;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        // Pad the header with spaces so the tensor data starts 8-byte aligned, as the reference writer does.
        var padded = (json.Length + 7) / 8 * 8;
        OutputFile.At(path).Write(stream =>
        {
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)padded);
            stream.Write(length);
            stream.Write(json);
            for (var i = json.Length; i < padded; i++) stream.WriteByte((byte)' ');
            foreach (var t in tensors) stream.Write(t.Bytes);
        });
    }

    public static (IReadOnlyDictionary<string, SafeTensor> Tensors, IReadOnlyDictionary<string, string> Metadata) Read(string path)
    {
        InputFile.Require(path, "checkpoint file");
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a whole safetensors file already in memory; <paramref name="path"/> names it in errors.</summary>
    public static (IReadOnlyDictionary<string, SafeTensor> Tensors, IReadOnlyDictionary<string, string> Metadata) Parse(byte[] bytes, string path)
    {
        try
        {
            return ParseChecked(bytes, path);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or KeyNotFoundException or JsonException)
        {
            // System.Text.Json reports a header it cannot read (invalid UTF-8 in a name, a value of the wrong JSON type) with
            // these; every one is a malformed file, not a bug.
            throw new InvalidInputException($"malformed safetensors header: {e.Message}", source: path);
        }
    }

    private static (IReadOnlyDictionary<string, SafeTensor> Tensors, IReadOnlyDictionary<string, string> Metadata) ParseChecked(byte[] bytes, string path)
    {
        if (bytes.Length < 8) throw new InvalidInputException("not a safetensors file (shorter than its 8-byte header length)", source: path);
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > (ulong)(bytes.Length - 8)) throw new InvalidInputException($"not a safetensors file (header length {headerLength} exceeds the file)", source: path);
        JsonObject header;
        try
        {
            header = JsonNode.Parse(bytes.AsSpan(8, (int)headerLength)) as JsonObject ?? throw new JsonException("header is not an object");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"safetensors header is not valid JSON: {e.Message}", source: path);
        }
        JsonStrings.RequireDecodable(header, path);
        var dataStart = 8 + (long)headerLength;
        var tensors = new Dictionary<string, SafeTensor>();
        var metadata = new Dictionary<string, string>();
        foreach (var (name, node) in header)
        {
            if (name == "__metadata__")
            {
                if (node is not JsonObject entries) throw new InvalidInputException("__metadata__ must be an object of strings", source: path, field: name);
                foreach (var (k, v) in entries) metadata[k] = v?.GetValue<string>() ?? "";
                continue;
            }
            var dtype = node?["dtype"]?.GetValue<string>() ?? throw new InvalidInputException("missing 'dtype'", source: path, field: name);
            var shape = (node["shape"] as JsonArray ?? throw new InvalidInputException("missing array 'shape'", source: path, field: name))
                .Select(d => d?.GetValue<long>() ?? throw new InvalidInputException("null in 'shape'", source: path, field: name)).ToArray();
            var offsets = (node["data_offsets"] as JsonArray ?? throw new InvalidInputException("missing array 'data_offsets'", source: path, field: name))
                .Select(d => d?.GetValue<long>() ?? throw new InvalidInputException("null in 'data_offsets'", source: path, field: name)).ToArray();
            var size = ElementSizes.TryGetValue(dtype, out var s) ? s : throw new InvalidInputException($"unsupported dtype {dtype}", source: path, field: name);
            long expected;
            try
            {
                expected = shape.Aggregate((long)size, (a, d) => d < 0 ? throw new OverflowException() : checked(a * d));
            }
            catch (OverflowException)
            {
                throw new InvalidInputException($"shape [{string.Join(",", shape)}] is negative or overflows a 64-bit byte count", source: path, field: name);
            }
            if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] < offsets[0] || offsets[1] - offsets[0] != expected || offsets[1] > bytes.Length - dataStart)
                throw new InvalidInputException($"data_offsets {string.Join(",", offsets)} do not fit shape [{string.Join(",", shape)}] of {dtype}", source: path, field: name);
            tensors[name] = new SafeTensor(name, dtype, shape, bytes.AsSpan((int)(dataStart + offsets[0]), (int)expected).ToArray());
        }
        return (tensors, metadata);
    }
}
