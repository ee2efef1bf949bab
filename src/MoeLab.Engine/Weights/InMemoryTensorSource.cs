using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Float32 tensors held in RAM under their names: the <see cref="ITensorSource"/> of an engine model or checkpoint
/// (see <see cref="CheckpointTensorSource"/>) and of models built in tests. Offsets in <see cref="TensorInfo"/> are
/// those of a virtual file that concatenates the tensors in insertion order, so they are distinct and stable.
/// </summary>
public sealed class InMemoryTensorSource(string description, IReadOnlyDictionary<string, string>? metadata = null) : ITensorSource
{
    private readonly Dictionary<string, (TensorInfo Info, float[] Data)> _tensors = new(StringComparer.Ordinal);
    private long _nextOffset;

    public string Description { get; } = description;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();

    public IReadOnlyCollection<string> Names => _tensors.Keys;

    /// <summary>Adds a tensor; the array is kept, not copied, and <see cref="ReadFloats"/> hands out copies.</summary>
    public InMemoryTensorSource Add(string name, long[] shape, float[] data)
    {
        var info = new TensorInfo(name, "F32", shape, Description, _nextOffset, 4L * data.Length);
        if (info.ElementCount != data.Length)
            throw new ArgumentException($"tensor '{name}': shape [{string.Join(",", shape)}] needs {info.ElementCount} values, got {data.Length}");
        if (!_tensors.TryAdd(name, (info, data))) throw new ArgumentException($"tensor '{name}' added twice");
        _nextOffset += info.Length;
        return this;
    }

    public bool Contains(string name) => _tensors.ContainsKey(name);

    public TensorInfo Info(string name) => Get(name).Info;

    // A copy: a caller that owns the result may write to it without changing the source.
    public float[] ReadFloats(string name) => (float[])Get(name).Data.Clone();

    private (TensorInfo Info, float[] Data) Get(string name) =>
        _tensors.TryGetValue(name, out var t) ? t : throw new InvalidInputException("tensor missing", source: Description, field: name);
}
