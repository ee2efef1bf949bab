namespace MoeLab.Testing;

/// <summary>
/// Locates the repository root (the folder holding MoeLab.slnx) and the read-only reference data vendored in its
/// data/ folder (see data/README.md for sources), wherever the test runner's working directory happens to be.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;

    public static string SharedData => Path.Combine(RepoRoot, "data");

    public static string SharedFile(params string[] parts) => Path.Combine([SharedData, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MoeLab.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"MoeLab.slnx not found above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}
