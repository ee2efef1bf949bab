using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// A temporary directory beside an output directory, renamed onto it by <see cref="Commit"/>; disposing without a
/// commit deletes it. So a model written into it either appears whole or not at all. An existing target is refused
/// up front unless <c>overwrite</c>, in which case it is replaced only at commit (moved aside, then deleted), so a
/// failed run leaves the old model intact.
/// </summary>
public sealed class StagingDirectory : IDisposable
{
    private bool _committed;

    private StagingDirectory(string target, string path, bool overwrite)
    {
        Target = target;
        Path = path;
        Overwrite = overwrite;
    }

    /// <summary>The directory that will exist after <see cref="Commit"/>.</summary>
    public string Target { get; }

    /// <summary>Where to write meanwhile.</summary>
    public string Path { get; }

    public bool Overwrite { get; }

    /// <summary>
    /// Checks that <paramref name="target"/> can be produced (parent writable, target absent or <paramref name="overwrite"/>)
    /// and creates the staging directory; <paramref name="field"/> names the option in errors. A symbolic link is followed:
    /// the directory it points to is the one replaced, and the link stays.
    /// </summary>
    public static StagingDirectory Create(string target, bool overwrite, string field = "--out")
    {
        var full = OutputDirectory.Check(target, field);
        if (Directory.Exists(full) && !overwrite)
            throw new InvalidInputException("already exists (pass --force to replace it)", source: full, field: field);
        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new InvalidInputException("has no parent directory", source: full, field: field);
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            // Creating the directory can succeed where writing into it does not (e.g. quotas); probe a file too.
            var probe = System.IO.Path.Combine(staging, ".probe");
            File.WriteAllBytes(probe, [0]);
            File.Delete(probe);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            TryDelete(staging);
            throw new InvalidInputException($"cannot write here: {e.Message}", source: full, field: field);
        }
        return new StagingDirectory(full, staging, overwrite);
    }

    /// <summary>Renames the staging directory onto the target (replacing an existing one when allowed).</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        string? aside = null;
        if (Directory.Exists(Target))
        {
            if (!Overwrite) throw new InvalidInputException("appeared while writing; not replaced (pass --force)", source: Target);
            aside = Path + ".old";
            Directory.Move(Target, aside);
        }
        Directory.Move(Path, Target);
        _committed = true;
        if (aside is not null) TryDelete(aside);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(Path);
        _committed = true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .tmp directory is harmless and named after this process.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
