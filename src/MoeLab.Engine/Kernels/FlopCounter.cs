namespace MoeLab.Engine.Kernels;

/// <summary>
/// Counts the floating-point operations the engine actually performs in matrix products and attention
/// (2 per multiply-add), split into forward and backward, so the accountant's FLOPs-per-token formula can be
/// checked against what ran. Not thread-safe: one counter per model, updated from the calling thread only.
/// </summary>
public sealed class FlopCounter
{
    public double ForwardFlops { get; private set; }
    public double BackwardFlops { get; private set; }

    /// <summary>True while a backward pass runs, so the same layer code books into the right bucket.</summary>
    public bool InBackward { get; set; }

    public double TotalFlops => ForwardFlops + BackwardFlops;

    public void Add(double flops)
    {
        if (InBackward) BackwardFlops += flops;
        else ForwardFlops += flops;
    }

    public void Reset()
    {
        ForwardFlops = 0;
        BackwardFlops = 0;
        InBackward = false;
    }
}
