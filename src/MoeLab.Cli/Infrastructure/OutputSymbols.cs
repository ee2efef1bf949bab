using System.CommandLine;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// An option whose value is a file the command writes. Declaring it so is what gets it checked (by
/// <see cref="OutputPreflight"/>) before the command's work starts; <c>-</c> means standard output.
/// </summary>
public sealed class OutputFileOption(string name, params string[] aliases) : Option<string?>(name, aliases);

/// <summary>A positional argument that is a file the command writes; checked like <see cref="OutputFileOption"/>.</summary>
public sealed class OutputFileArgument(string name) : Argument<string>(name);

/// <summary>An option whose value is a directory the command writes into or creates; checked before the work starts.</summary>
public sealed class OutputDirectoryOption(string name, params string[] aliases) : Option<string?>(name, aliases);
