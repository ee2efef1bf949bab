namespace MoeLab.Engine.Kernels;

/// <summary>
/// The body of a <see cref="WorkerTeam.For{TBody}"/> loop: a struct holding what every index needs (pointers,
/// shapes), whose <see cref="Run"/> does index i's share of the work. Indices must be independent of each other —
/// any thread may run any index, in any order — and <see cref="Run"/> must not change the struct's own fields
/// (every thread runs the same copy).
/// </summary>
public interface IIndexedWork
{
    void Run(int index);
}
