namespace MoeLab.Core.IO;

/// <summary>
/// A directory the user asked MoeLab to write into (an existing one) or to create (with any missing parents): the directory
/// counterpart of <see cref="OutputFile.At"/>, checked before the work starts and creating nothing.
/// </summary>
public static class OutputDirectory
{
    /// <summary>
    /// Checks that <paramref name="path"/> is a directory new files can be created in, or can be created as one (its nearest
    /// existing ancestor is such a directory). Returns its full path after symbolic links; throws
    /// <see cref="Validation.InvalidInputException"/> naming <paramref name="option"/> and the path if not.
    /// </summary>
    public static string Check(string path, string? option = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == OutputFile.StandardOutputPath) throw OutputFile.Refused(path, option, "needs a directory; - (standard output) is not one");
        if (path.Length == 0) throw OutputFile.Refused(path, option, "no directory name given");
        var full = Path.GetFullPath(path);
        if (full.Length > 1) full = Path.TrimEndingDirectorySeparator(full);
        var target = FileKinds.FinalTarget(full) ?? throw OutputFile.Refused(path, option, "is a symbolic link that cannot be followed (a loop?)");
        var existing = FileKinds.NearestExisting(target);
        var kind = FileKinds.Of(existing);
        if (kind != FileKind.Directory)
            throw OutputFile.Refused(path, option, existing == target ? "is not a directory" : $"{existing} is not a directory");
        if (FileKinds.CannotCreateIn(existing) is { } reason)
            throw OutputFile.Refused(path, option, existing == target ? $"cannot create files in it: {reason}" : $"cannot create it in {existing}: {reason}");
        return target;
    }
}
