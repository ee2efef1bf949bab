namespace MoeLab.Engine.Kernels;

/// <summary>
/// One scratch array per thread and element type, grown when a larger one is asked for and kept: attention's heads
/// run on pool threads, and renting from ArrayPool.Shared still allocated ≈ 2.8 MB per ref-10m step (the pool drops
/// arrays it cannot keep per core). Callers overwrite what they read, so nothing leaks between heads.
/// </summary>
internal static class Workspace<T>
{
    [ThreadStatic] private static T[]? _buffer;

    public static T[] Get(int length)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.Length < length) _buffer = buffer = new T[length];
        return buffer;
    }
}
