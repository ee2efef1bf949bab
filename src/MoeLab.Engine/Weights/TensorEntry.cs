namespace MoeLab.Engine.Weights;

/// <summary>A tensor to be written: its name, safetensors dtype and shape (the bytes come later, from a callback).</summary>
public sealed record TensorEntry(string Name, string DType, long[] Shape)
{
    public long ElementCount => Shape.Aggregate(1L, (a, d) => checked(a * d));

    public long Bytes => checked(ElementCount * SafeTensorsDType.ElementSize(DType));
}
