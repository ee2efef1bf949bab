using System.Buffers.Binary;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests;

/// <summary>
/// A minimal file-backed <see cref="ITensorSource"/> for tests only (main has no SafeTensorsSource yet): one or more
/// safetensors files read by header, with absolute offsets, and tensors read on demand (F32, BF16 and F16 widened).
/// <see cref="Description"/> is the directory when given, so a Mixtral config.json beside the shards is found.
/// </summary>
internal sealed class FileTensorSource : ITensorSource
{
    private readonly Dictionary<string, TensorInfo> _infos = new(StringComparer.Ordinal);

    public FileTensorSource(string description, params string[] files)
    {
        Description = description;
        var metadata = new Dictionary<string, string>();
        foreach (var file in files)
        {
            using var handle = File.OpenHandle(file);
            var prefix = new byte[8];
            RandomAccess.Read(handle, prefix, 0);
            var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(prefix);
            var header = new byte[headerLength];
            RandomAccess.Read(handle, header, 8);
            var dataStart = 8L + headerLength;
            foreach (var (name, node) in JsonNode.Parse(header)!.AsObject())
            {
                if (name == "__metadata__")
                {
                    if (file == files[0]) foreach (var (k, v) in node!.AsObject()) metadata[k] = v!.GetValue<string>();
                    continue;
                }
                var offsets = node!["data_offsets"]!.AsArray().Select(x => x!.GetValue<long>()).ToArray();
                var shape = node["shape"]!.AsArray().Select(x => x!.GetValue<long>()).ToArray();
                _infos.Add(name, new TensorInfo(name, node["dtype"]!.GetValue<string>(), shape, Path.GetFullPath(file),
                    dataStart + offsets[0], offsets[1] - offsets[0]));
            }
        }
        Metadata = metadata;
    }

    public string Description { get; }
    public IReadOnlyDictionary<string, string> Metadata { get; }
    public IReadOnlyCollection<string> Names => _infos.Keys;
    public bool Contains(string name) => _infos.ContainsKey(name);

    public TensorInfo Info(string name) =>
        _infos.TryGetValue(name, out var info) ? info : throw new InvalidInputException("tensor missing", source: Description, field: name);

    public float[] ReadFloats(string name)
    {
        var info = Info(name);
        var bytes = new byte[info.Length];
        using (var handle = File.OpenHandle(info.File)) RandomAccess.Read(handle, bytes, info.Offset);
        var values = new float[info.ElementCount];
        for (var i = 0; i < values.Length; i++)
            values[i] = info.DType switch
            {
                "F32" => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(4 * i)),
                "BF16" => BitConverter.UInt32BitsToSingle((uint)BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2 * i)) << 16),
                "F16" => (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(2 * i)),
                _ => throw new InvalidInputException($"dtype {info.DType} not supported by the test source", source: info.File, field: name),
            };
        return values;
    }
}
