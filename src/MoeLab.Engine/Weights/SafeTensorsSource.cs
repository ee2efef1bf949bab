using System.Text.Json;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// An <see cref="ITensorSource"/> over one <c>.safetensors</c> file, or Hugging Face shards: a directory (holding
/// <c>model.safetensors.index.json</c> or a single <c>model.safetensors</c>) or the index file itself. Opening reads
/// and validates headers only; tensor bytes are read when asked for. Safe for concurrent reads.
/// </summary>
public sealed class SafeTensorsSource : ITensorSource
{
    public const string IndexFileName = "model.safetensors.index.json";
    public const string SingleFileName = "model.safetensors";

    private readonly Dictionary<string, TensorInfo> _tensors;

    private SafeTensorsSource(string description, IReadOnlyList<string> files, Dictionary<string, TensorInfo> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        Description = description;
        Files = files;
        _tensors = tensors;
        Metadata = metadata;
    }

    public string Description { get; }

    /// <summary>The safetensors files behind this source, full paths, in shard order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyCollection<string> Names => _tensors.Keys;

    /// <summary>Every tensor, in file then offset order.</summary>
    public IEnumerable<TensorInfo> Tensors => _tensors.Values.OrderBy(t => t.File, StringComparer.Ordinal).ThenBy(t => t.Offset);

    public static SafeTensorsSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            var index = Path.Combine(path, IndexFileName);
            if (File.Exists(index)) return OpenIndex(index);
            var single = Path.Combine(path, SingleFileName);
            if (File.Exists(single)) return OpenFile(single, path);
            throw new InvalidInputException($"no {IndexFileName} or {SingleFileName} in this directory", source: path);
        }
        if (!File.Exists(path)) throw new InvalidInputException("weights file or directory not found", source: path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? OpenIndex(path) : OpenFile(path, path);
    }

    private static SafeTensorsSource OpenFile(string file, string description)
    {
        var full = Path.GetFullPath(file);
        var header = SafeTensorsHeader.Read(full);
        return new SafeTensorsSource(description, [full], header.Tensors.ToDictionary(t => t.Name, StringComparer.Ordinal), header.Metadata);
    }

    private static SafeTensorsSource OpenIndex(string indexPath)
    {
        var full = Path.GetFullPath(indexPath);
        var directory = Path.GetDirectoryName(full)!;
        var weightMap = ReadWeightMap(full);
        var headers = new Dictionary<string, SafeTensorsHeader>(StringComparer.Ordinal);
        var tensors = new Dictionary<string, TensorInfo>(StringComparer.Ordinal);
        foreach (var (name, shard) in weightMap)
        {
            if (!headers.TryGetValue(shard, out var header))
            {
                // Shard names are plain file names; a path escaping the model directory is a malformed index.
                if (shard.Contains('/') || shard.Contains('\\') || shard is "." or "..")
                    throw new InvalidInputException($"shard '{shard}' is not a file name in the index's directory", source: full, field: $"weight_map.{name}");
                var shardPath = Path.Combine(directory, shard);
                if (!File.Exists(shardPath))
                    throw new InvalidInputException($"shard '{shard}' (holding tensor '{name}') not found", source: full, field: $"weight_map.{name}");
                header = SafeTensorsHeader.Read(shardPath);
                headers[shard] = header;
            }
            tensors[name] = header.Tensors.FirstOrDefault(t => t.Name == name)
                ?? throw new InvalidInputException($"tensor '{name}' is mapped to this shard by {IndexFileName} but missing from it", source: header.File, field: name);
        }
        var files = headers.Values.Select(h => h.File).Order(StringComparer.Ordinal).ToList();
        var metadata = files.Count == 0 ? new Dictionary<string, string>() : headers.Values.First(h => h.File == files[0]).Metadata;
        return new SafeTensorsSource(directory, files, tensors, metadata);
    }

    private static List<KeyValuePair<string, string>> ReadWeightMap(string indexPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(indexPath));
            JsonStrings.RequireDecodable(document.RootElement, indexPath);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("weight_map", out var map) || map.ValueKind != JsonValueKind.Object)
                throw new InvalidInputException("missing 'weight_map' object", source: indexPath, field: "weight_map");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<KeyValuePair<string, string>>();
            foreach (var p in map.EnumerateObject())
            {
                if (!seen.Add(p.Name)) throw new InvalidInputException("duplicate tensor name in weight_map", source: indexPath, field: $"weight_map.{p.Name}");
                if (p.Value.ValueKind != JsonValueKind.String) throw new InvalidInputException("must be a shard file name", source: indexPath, field: $"weight_map.{p.Name}");
                entries.Add(new(p.Name, p.Value.GetString()!));
            }
            return entries;
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"index is not valid JSON: {e.Message}", source: indexPath);
        }
    }

    public bool Contains(string name) => _tensors.ContainsKey(name);

    public TensorInfo Info(string name) =>
        _tensors.TryGetValue(name, out var info) ? info : throw new InvalidInputException("no such tensor in the weights", source: Description, field: name);

    public float[] ReadFloats(string name)
    {
        var info = Info(name);
        if (!SafeTensorsDType.IsFloatReadable(info.DType))
            throw new InvalidInputException($"dtype {info.DType} cannot be read as float32 (F32, BF16 and F16 can)", source: info.File, field: name);
        if (info.ElementCount > Array.MaxLength)
            throw new InvalidInputException($"{info.ElementCount} elements exceed one array; read it in slices", source: info.File, field: name);
        var result = new float[info.ElementCount];
        var chunk = new byte[Math.Min(info.Length, 1 << 22)];
        var elementSize = SafeTensorsDType.ElementSize(info.DType);
        using var handle = File.OpenHandle(info.File, FileMode.Open, FileAccess.Read, FileShare.Read);
        // No readahead past the tensor: with a device's read_ahead_kb (often MBs) every small dense tensor would pull
        // the routed experts stored after it into the page cache, which the runtime's direct reads are meant to keep out.
        if (OperatingSystem.IsLinux()) _ = LibC.PosixFadvise(LibC.Fd(handle), 0, 0, LibC.PosixFadvRandom);
        for (long done = 0; done < info.Length; done += chunk.Length)
        {
            var span = chunk.AsSpan(0, (int)Math.Min(chunk.Length, info.Length - done));
            try
            {
                SafeTensorsHeader.ReadExactly(handle, span, info.Offset + done);
            }
            catch (EndOfStreamException)
            {
                throw new InvalidInputException("file ended inside the tensor's data (changed since it was opened?)", source: info.File, field: name);
            }
            SafeTensorsDType.ToFloat32(info.DType, span, result.AsSpan((int)(done / elementSize), span.Length / elementSize));
        }
        return result;
    }
}
