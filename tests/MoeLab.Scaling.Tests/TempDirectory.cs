namespace MoeLab.Scaling.Tests;

/// <summary>A scratch folder per test class, deleted afterwards.</summary>
public abstract class TempDirectory : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("moelab-scaling-").FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
