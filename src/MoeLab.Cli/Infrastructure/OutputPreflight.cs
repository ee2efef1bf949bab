using System.CommandLine;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Every output path of the invoked command, checked before its work starts: each <see cref="OutputFileOption"/>,
/// <see cref="OutputFileArgument"/> and <see cref="OutputDirectoryOption"/> given (or defaulted) on the command line. A path
/// that cannot be written is refused here, with the option and the path named, instead of after minutes of training.
/// </summary>
public sealed class OutputPreflight
{
    private readonly IReadOnlyList<OutputFile> _files;

    private OutputPreflight(IReadOnlyList<OutputFile> files) => _files = files;

    /// <summary>Whether an output goes to standard output (<c>-</c>), so the terminal rendering must go elsewhere.</summary>
    public bool WritesStandardOutput => _files.Any(f => f.Kind == OutputKind.StandardOutput);

    /// <param name="except">Outputs this run of the command does not write (e.g. a default that applies to another mode).</param>
    public static OutputPreflight Check(ParseResult parse, params Symbol[] except)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var files = new List<OutputFile>();
        foreach (var option in command.Options.Except(except))
        {
            switch (option)
            {
                case OutputFileOption file when parse.GetValue(file) is { } path:
                    files.Add(OutputFile.At(path, option.Name));
                    break;
                case OutputDirectoryOption directory when parse.GetValue(directory) is { } path:
                    OutputDirectory.Check(path, option.Name);
                    break;
            }
        }
        foreach (var argument in command.Arguments.OfType<OutputFileArgument>().Where(a => !except.Contains(a)))
            if (parse.GetValue(argument) is { } path) files.Add(OutputFile.At(path, argument.Name));

        var toStdout = files.Where(f => f.Kind == OutputKind.StandardOutput).Select(f => f.Option).ToList();
        if (toStdout.Count > 1)
            throw new InvalidInputException($"{string.Join(" and ", toStdout)} {(toStdout.Count == 2 ? "both" : "all")} write to standard output (-); send all but one to files");
        if (toStdout.Count == 1 && parse.GetValue(OutputOptionSet.Json))
            throw new InvalidInputException($"--json prints to standard output, and so does {toStdout[0]} -; drop --json or give {toStdout[0]} a file name");
        // Two destinations replacing one file would each destroy the other's content.
        var clash = files.Where(f => f.Kind == OutputKind.File).GroupBy(f => f.Target).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidInputException($"{string.Join(" and ", clash.Select(f => f.Option))} {(clash.Count() == 2 ? "both" : "all")} write this file; give each its own", source: clash.Key);
        return new OutputPreflight(files);
    }

    /// <summary>
    /// A failure located at one of these paths but not at an option (a write that failed later, e.g. a full disk) with the
    /// option named; null for any other failure.
    /// </summary>
    public InvalidInputException? Locate(InvalidInputException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Field is not null || e.Source is null) return null;
        var output = _files.FirstOrDefault(f => f.Path == e.Source || f.Target == e.Source);
        return output is null ? null : new InvalidInputException(e.Detail, output.Path, output.Option, e.Row);
    }
}
