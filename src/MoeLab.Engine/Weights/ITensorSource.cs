namespace MoeLab.Engine.Weights;

/// <summary>Where one tensor's bytes are: its dtype and shape as the file declares them, the file, and the absolute
/// byte range of its data in that file (so a reader can fetch one expert's slice without reading the rest).</summary>
/// <param name="DType">The safetensors dtype string ("F32", "BF16", "F16", ...).</param>
/// <param name="Offset">Absolute offset of the tensor's first byte in <paramref name="File"/>.</param>
/// <param name="Length">Bytes of the tensor's data.</param>
public sealed record TensorInfo(string Name, string DType, long[] Shape, string File, long Offset, long Length)
{
    public long ElementCount => Shape.Aggregate(1L, (a, d) => checked(a * d));
}

/// <summary>
/// Named tensors of a model's weights (one safetensors file or Hugging Face shards with an index), read on demand:
/// a model's dense part is loaded from it whole while routed experts are read slice by slice, so a source never
/// holds every tensor in memory. Errors are <see cref="Core.Validation.InvalidInputException"/>s naming the file and tensor.
/// </summary>
public interface ITensorSource
{
    /// <summary>The file or directory the weights came from, for messages.</summary>
    string Description { get; }

    /// <summary>The string metadata of the (first) file's header.</summary>
    IReadOnlyDictionary<string, string> Metadata { get; }

    IReadOnlyCollection<string> Names { get; }

    bool Contains(string name);

    /// <summary>The tensor's place and shape; throws naming the tensor when it is missing.</summary>
    TensorInfo Info(string name);

    /// <summary>The whole tensor as float32 (F32 as is, BF16 and F16 widened), row-major.</summary>
    float[] ReadFloats(string name);
}
