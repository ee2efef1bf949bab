namespace MoeLab.Engine.Tests;

/// <summary>
/// Tests that compare two training runs bit for bit (resumed vs straight). OpenBLAS's thread count is process-wide and
/// attention sets it to one around its parallel heads (Gemm.OneThreadPerCall), and a product split over a different
/// number of threads may round differently; a test class running beside these would change their thread count mid-run
/// (seen: a loss 1e-8 apart). In a real process training runs one at a time, so the tests run alone too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BitExactCollection
{
    public const string Name = "bit-exact training runs";
}
