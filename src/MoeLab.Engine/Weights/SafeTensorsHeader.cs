using System.Buffers.Binary;
using System.Text.Json;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// The parsed, validated header of one safetensors file: its tensors (with absolute byte ranges) and string
/// metadata. Reads only the 8-byte length and the JSON; the tensor data stays on disk.
/// </summary>
public sealed record SafeTensorsHeader(string File, long FileLength, long DataStart, IReadOnlyList<TensorInfo> Tensors, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Headers beyond this are refused before allocating: real ones are a few MB even for 1000-shard models.</summary>
    public const long MaxHeaderBytes = 100L * 1024 * 1024;

    public static SafeTensorsHeader Read(string path)
    {
        Core.IO.InputFile.Require(path, "safetensors file");
        using var handle = System.IO.File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var fileLength = RandomAccess.GetLength(handle);
        if (fileLength < 8) throw new InvalidInputException($"truncated safetensors file: {fileLength} bytes, shorter than its 8-byte header length", source: path);
        Span<byte> prefix = stackalloc byte[8];
        ReadExactly(handle, prefix, 0);
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > MaxHeaderBytes)
            throw new InvalidInputException($"header length {headerLength} bytes exceeds the {MaxHeaderBytes / (1024 * 1024)} MB limit (not a safetensors file?)", source: path);
        if ((long)headerLength > fileLength - 8)
            throw new InvalidInputException($"truncated safetensors file: header length {headerLength} runs past the end of the {fileLength}-byte file", source: path);
        var json = new byte[headerLength];
        ReadExactly(handle, json, 8);
        return Parse(path, fileLength, json);
    }

    /// <summary>Validates the header JSON of a file of <paramref name="fileLength"/> bytes; <paramref name="path"/> names it in errors.</summary>
    public static SafeTensorsHeader Parse(string path, long fileLength, ReadOnlySpan<byte> json)
    {
        try
        {
            return ParseJson(path, fileLength, json);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // System.Text.Json meets invalid UTF-8 in a tensor name or dtype only when the string is read: a malformed file.
            throw new InvalidInputException($"malformed safetensors header: {e.Message}", source: path);
        }
    }

    private static SafeTensorsHeader ParseJson(string path, long fileLength, ReadOnlySpan<byte> json)
    {
        var dataStart = 8 + (long)json.Length;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = true });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"safetensors header is not valid JSON: {e.Message}", source: path);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidInputException("safetensors header is not a JSON object", source: path);
            JsonStrings.RequireDecodable(document.RootElement, path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var tensors = new List<TensorInfo>();
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // Duplicate keys are legal JSON but make "which tensor is this" ambiguous; reject them.
                if (!seen.Add(property.Name)) throw new InvalidInputException("duplicate key in safetensors header", source: path, field: property.Name);
                if (property.Name == "__metadata__")
                {
                    if (property.Value.ValueKind != JsonValueKind.Object) throw new InvalidInputException("__metadata__ must be an object of strings", source: path, field: "__metadata__");
                    foreach (var m in property.Value.EnumerateObject())
                        metadata[m.Name] = m.Value.ValueKind == JsonValueKind.String ? m.Value.GetString()! : throw new InvalidInputException("metadata values must be strings", source: path, field: $"__metadata__.{m.Name}");
                    continue;
                }
                tensors.Add(Entry(path, fileLength, dataStart, property.Name, property.Value));
            }
            CheckNoOverlap(path, tensors);
            return new SafeTensorsHeader(path, fileLength, dataStart, tensors, metadata);
        }
    }

    private static TensorInfo Entry(string path, long fileLength, long dataStart, string name, JsonElement entry)
    {
        InvalidInputException Bad(string message) => new(message, source: path, field: name);
        if (entry.ValueKind != JsonValueKind.Object) throw Bad("tensor entry must be an object with dtype, shape and data_offsets");
        if (!entry.TryGetProperty("dtype", out var dtypeNode) || dtypeNode.ValueKind != JsonValueKind.String) throw Bad("missing or non-string 'dtype'");
        var dtype = dtypeNode.GetString()!;
        if (!SafeTensorsDType.IsKnown(dtype)) throw Bad($"unknown dtype '{dtype}'");
        var shape = LongArray(entry, "shape", Bad);
        var offsets = LongArray(entry, "data_offsets", Bad);
        if (offsets.Length != 2) throw Bad($"data_offsets must hold two numbers, got {offsets.Length}");
        long bytes;
        try
        {
            bytes = shape.Aggregate((long)SafeTensorsDType.ElementSize(dtype), (a, d) => checked(a * d));
        }
        catch (OverflowException)
        {
            throw Bad($"shape [{string.Join(",", shape)}] overflows a 64-bit byte count");
        }
        if (offsets[1] < offsets[0] || offsets[1] - offsets[0] != bytes)
            throw Bad($"data_offsets [{offsets[0]},{offsets[1]}] do not match shape [{string.Join(",", shape)}] of {dtype} ({bytes} bytes)");
        if (offsets[1] > fileLength - dataStart)
            throw Bad($"data_offsets [{offsets[0]},{offsets[1]}] run past the end of the file (data section is {fileLength - dataStart} bytes; truncated?)");
        return new TensorInfo(name, dtype, shape, path, dataStart + offsets[0], bytes);
    }

    private static long[] LongArray(JsonElement entry, string key, Func<string, InvalidInputException> bad)
    {
        if (!entry.TryGetProperty(key, out var node) || node.ValueKind != JsonValueKind.Array) throw bad($"missing or non-array '{key}'");
        var values = new long[node.GetArrayLength()];
        var i = 0;
        foreach (var item in node.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var v) || v < 0) throw bad($"'{key}' must hold non-negative integers");
            values[i++] = v;
        }
        return values;
    }

    private static void CheckNoOverlap(string path, List<TensorInfo> tensors)
    {
        var sorted = tensors.Where(t => t.Length > 0).OrderBy(t => t.Offset).ToList();
        for (var i = 1; i < sorted.Count; i++)
            if (sorted[i].Offset < sorted[i - 1].Offset + sorted[i - 1].Length)
                throw new InvalidInputException($"data overlaps tensor '{sorted[i - 1].Name}'", source: path, field: sorted[i].Name);
    }

    internal static void ReadExactly(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var n = RandomAccess.Read(handle, buffer, offset);
            if (n <= 0) throw new EndOfStreamException($"unexpected end of file at offset {offset}");
            buffer = buffer[n..];
            offset += n;
        }
    }
}
