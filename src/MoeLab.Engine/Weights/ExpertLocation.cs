namespace MoeLab.Engine.Weights;

/// <summary>One matrix of an expert: row-major <see cref="Rows"/> × <see cref="Columns"/> of <see cref="DType"/> at a byte range.</summary>
public sealed record ExpertMatrix(string Tensor, string DType, int Rows, int Columns, ByteRange Range)
{
    public long Elements => (long)Rows * Columns;
}

/// <summary>
/// Where one routed expert's weights are: gate (W1, [width, hidden]), up (W3, [width, hidden]) and down
/// (W2, [hidden, width]), and the coalesced reads that fetch all three.
/// </summary>
public sealed record ExpertLocation(int Layer, int Expert, ExpertMatrix Gate, ExpertMatrix Up, ExpertMatrix Down, IReadOnlyList<ByteRange> Reads)
{
    public long Bytes => Gate.Range.Length + Up.Range.Length + Down.Range.Length;

    public IEnumerable<ExpertMatrix> Matrices => [Gate, Up, Down];
}
