namespace MoeLab.Engine.Tests;

/// <summary>
/// Tests that compare two training runs bit for bit (resumed vs straight). They once had to run alone because attention
/// switched OpenBLAS's process-wide thread count around its parallel heads, and a test class beside them changed a
/// ladder loss by 1e-8. OpenBLAS is now set to one thread once, at load, and large products are split by shape alone
/// (see Gemm), so that can no longer happen; they still run alone, which costs little and keeps them independent
/// of anything a future test does to process-wide state (Gemm.Force).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BitExactCollection
{
    public const string Name = "bit-exact training runs";
}
