namespace MoeLab.Engine.Model;

/// <summary>One named tensor inside the model's flat parameter array: its shape and where it sits.</summary>
public sealed record TensorSlot(string Name, int[] Shape, long Offset)
{
    public long Length { get; } = Shape.Aggregate(1L, (a, d) => a * d);

    /// <summary>AdamW decays matrices, not gains.</summary>
    public bool DecaysWeights => Shape.Length >= 2;

    public Span<T> Of<T>(T[] buffer) => buffer.AsSpan(checked((int)Offset), checked((int)Length));
}
