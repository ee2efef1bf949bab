using MoeLab.Core.Validation;

namespace MoeLab.Core.IO;

/// <summary>
/// The one check every reader makes before opening a user's input file, so a directory given where a file belongs is
/// called a directory (not "not found", not "malformed JSON") and a missing file is named the same way everywhere.
/// </summary>
public static class InputFile
{
    /// <param name="what">What the file should be, for the message: "runs table", "law file", "checkpoint file"…</param>
    public static void Require(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path)) return;
        if (Directory.Exists(path)) throw new InvalidInputException($"is a directory; give the {what} itself", source: path);
        throw new InvalidInputException($"{what} not found", source: path);
    }
}
