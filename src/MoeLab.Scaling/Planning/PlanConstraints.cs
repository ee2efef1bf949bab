using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// "Must fit in <see cref="BudgetBytes"/> with a KV cache for <see cref="Batch"/> sequences of
/// <see cref="ContextTokens"/> tokens": all weights (embeddings included) at <see cref="BytesPerParam"/>
/// plus the KV cache at <see cref="KvBytesPerElement"/>.
/// </summary>
public sealed record MemoryBudget(double BudgetBytes, double BytesPerParam = 2, int ContextTokens = 32_768, int Batch = 8, double KvBytesPerElement = 2)
{
    public double BytesFor(long allParams, long kvElementsPerToken) =>
        allParams * BytesPerParam + (double)kvElementsPerToken * ContextTokens * Batch * KvBytesPerElement;

    public override string ToString() =>
        $"{BudgetBytes / 1e9:0.##} GB at {BytesPerParam:0.##} B/param with a {ContextTokens:N0}-token KV cache for batch {Batch}";
}

/// <summary>
/// What a user's infrastructure allows. Parameter limits count embeddings and the LM head (what vendors
/// publish), unlike seed 001's triad; inference FLOPs are forward-only FLOPs per token at the full context.
/// </summary>
public sealed record PlanConstraints(
    double? MaxTotalParams = null,
    double? MaxActiveParams = null,
    double? MaxInferenceFlopsPerToken = null,
    MemoryBudget? Memory = null)
{
    public static readonly PlanConstraints None = new();

    public bool IsEmpty => MaxTotalParams is null && MaxActiveParams is null && MaxInferenceFlopsPerToken is null && Memory is null;

    public void Validate()
    {
        if (MaxTotalParams is { } t) Preconditions.Positive(t, "max-total-params");
        if (MaxActiveParams is { } a) Preconditions.Positive(a, "max-active-params");
        if (MaxInferenceFlopsPerToken is { } f) Preconditions.Positive(f, "max-inference-flops");
        if (Memory is { } m)
        {
            Preconditions.Positive(m.BudgetBytes, "memory-budget");
            Preconditions.Positive(m.BytesPerParam, "memory-bytes-per-param");
            Preconditions.Positive(m.ContextTokens, "memory-context");
            Preconditions.Positive(m.Batch, "memory-batch");
            Preconditions.Positive(m.KvBytesPerElement, "memory-kv-bytes");
        }
    }

    /// <summary>The active constraints, each with the quantity it limits for a shape and its limit.</summary>
    public IReadOnlyList<ConstraintCheck> Checks(IShapeRealizer realizer)
    {
        var checks = new List<ConstraintCheck>();
        if (MaxTotalParams is { } total)
            checks.Add(new("max-total-params", "total parameters, embeddings and LM head included", "params", total,
                s => s.Triad.TotalParams + realizer.EmbeddingParams(s.HiddenSize)));
        if (MaxActiveParams is { } active)
            checks.Add(new("max-active-params", "active parameters, embeddings and LM head included", "params", active,
                s => s.Triad.ActiveParams + realizer.EmbeddingParams(s.HiddenSize)));
        if (MaxInferenceFlopsPerToken is { } flops)
            checks.Add(new("max-inference-flops", "inference FLOPs per token", "FLOPs/token", flops, realizer.InferenceFlopsPerToken));
        if (Memory is { } memory)
            checks.Add(new("memory-budget", $"memory ({memory})", "bytes", memory.BudgetBytes,
                s => memory.BytesFor((long)s.Triad.TotalParams + realizer.EmbeddingParams(s.HiddenSize), realizer.KvCacheElementsPerToken(s))));
        return checks;
    }
}

/// <summary>One active constraint: a quantity of a shape that must not exceed <see cref="Limit"/> (nor fall below <see cref="Floor"/>).</summary>
/// <param name="Option">The command-line option that set it (named in infeasibility messages).</param>
public sealed record ConstraintCheck(string Option, string Quantity, string Unit, double Limit, Func<RealizedShape, double> Measure)
{
    /// <summary>The lowest admitted value; −∞ for the one-sided limits a user's infrastructure sets.</summary>
    public double Floor { get; init; } = double.NegativeInfinity;

    public bool Admits(RealizedShape shape) => Admits(Measure(shape));

    public bool Admits(double measure) => measure <= Limit && measure >= Floor;

    /// <summary>How far <paramref name="measure"/> lies outside the admitted range (0 inside), to find the closest miss.</summary>
    public double Miss(double measure) => Math.Max(0, Math.Max(measure - Limit, Floor - measure));

    /// <summary>The admitted range as the user would type it.</summary>
    public string RangeText => double.IsNegativeInfinity(Floor)
        ? Limit.ToString("0.####e+0", System.Globalization.CultureInfo.InvariantCulture)
        : $"{Floor:0.###}..{Limit:0.###}";
}
