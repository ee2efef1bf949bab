using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>One file the writer produced.</summary>
public sealed record WrittenFile(string Path, long Bytes, int Tensors);

/// <summary>What the writer produced: the safetensors files (and index when sharded), tensor and byte totals.</summary>
public sealed record WrittenWeights(IReadOnlyList<WrittenFile> Shards, string? IndexPath, long TensorBytes, int Tensors);

/// <summary>
/// Streams tensors into safetensors files one at a time: the caller supplies each tensor's bytes through a callback
/// that writes exactly <see cref="TensorEntry.Bytes"/> bytes, so no more than one chunk of the model is ever in
/// memory. Tensors come in groups that never straddle two shards (an expert's three matrices stay in one file, one
/// contiguous range). Shards are cut when the next group would pass the size limit; more than one shard gets
/// Hugging Face names (<c>model-00001-of-00003.safetensors</c>) and a <c>model.safetensors.index.json</c>.
/// Write into a <see cref="StagingDirectory"/> to make the whole output atomic.
/// </summary>
public static class SafeTensorsWriter
{
    public static WrittenWeights Write(string directory, IReadOnlyList<IReadOnlyList<TensorEntry>> groups, long shardBytes,
        Action<TensorEntry, Stream> fill, IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors writing assumes a little-endian machine");
        Preconditions.Positive(shardBytes, "shard size");
        var shards = Plan(groups, shardBytes);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in shards.SelectMany(s => s))
            if (!names.Add(t.Name)) throw new ArgumentException($"tensor '{t.Name}' given twice", nameof(groups));

        var written = new List<WrittenFile>();
        var weightMap = new JsonObject();
        long tensorBytes = 0;
        for (var s = 0; s < shards.Count; s++)
        {
            var fileName = shards.Count == 1 ? SafeTensorsSource.SingleFileName : $"model-{s + 1:D5}-of-{shards.Count:D5}.safetensors";
            var path = Path.Combine(directory, fileName);
            var bytes = WriteShard(path, shards[s], fill, metadata);
            written.Add(new WrittenFile(path, bytes, shards[s].Count));
            foreach (var t in shards[s])
            {
                weightMap[t.Name] = fileName;
                tensorBytes += t.Bytes;
            }
        }
        string? indexPath = null;
        if (shards.Count > 1)
        {
            indexPath = Path.Combine(directory, SafeTensorsSource.IndexFileName);
            var index = new JsonObject { ["metadata"] = new JsonObject { ["total_size"] = tensorBytes }, ["weight_map"] = weightMap };
            File.WriteAllText(indexPath, index.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }
        return new WrittenWeights(written, indexPath, tensorBytes, names.Count);
    }

    /// <summary>Greedy cut: a shard takes whole groups until the next would pass the limit (a lone oversized group gets its own shard).</summary>
    public static IReadOnlyList<IReadOnlyList<TensorEntry>> Plan(IReadOnlyList<IReadOnlyList<TensorEntry>> groups, long shardBytes)
    {
        var shards = new List<IReadOnlyList<TensorEntry>>();
        var current = new List<TensorEntry>();
        long size = 0;
        foreach (var group in groups)
        {
            var groupBytes = group.Sum(t => t.Bytes);
            if (current.Count > 0 && size + groupBytes > shardBytes)
            {
                shards.Add(current);
                current = [];
                size = 0;
            }
            current.AddRange(group);
            size += groupBytes;
        }
        if (current.Count > 0 || shards.Count == 0) shards.Add(current);
        return shards;
    }

    private static long WriteShard(string path, IReadOnlyList<TensorEntry> tensors, Action<TensorEntry, Stream> fill, IReadOnlyDictionary<string, string>? metadata)
    {
        var header = new JsonObject();
        var meta = new JsonObject { ["format"] = "pt" };
        if (metadata is not null)
            foreach (var (k, v) in metadata) meta[k] = v;
        header["__metadata__"] = meta;
        long offset = 0;
        foreach (var t in tensors)
        {
            header[t.Name] = new JsonObject
            {
                ["dtype"] = t.DType,
                ["shape"] = new JsonArray([.. t.Shape.Select(d => (JsonNode)d)]),
                ["data_offsets"] = new JsonArray(offset, offset + t.Bytes),
            };
            offset += t.Bytes;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        // Spaces pad the header so tensor data starts 8-byte aligned, as the reference writer does.
        var padded = (json.Length + 7) / 8 * 8;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)padded);
        stream.Write(length);
        stream.Write(json);
        for (var i = json.Length; i < padded; i++) stream.WriteByte((byte)' ');
        foreach (var t in tensors)
        {
            var before = stream.Position;
            fill(t, stream);
            var wrote = stream.Position - before;
            if (wrote != t.Bytes) throw new InvalidOperationException($"tensor '{t.Name}': the callback wrote {wrote} bytes, expected {t.Bytes}");
        }
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }
}
