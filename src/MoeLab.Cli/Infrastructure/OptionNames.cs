using System.CommandLine;
using MoeLab.Core.Validation;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// The domain libraries name a bad value by the quantity it is ("compute", "memory-budget", "zipf exponent"); the user
/// typed a flag. Before a bad-input message is printed, a field that names no file is translated to the option of the
/// running command it came from, so the message says <c>option '--memory-gb'</c>, the flag the user can fix.
/// </summary>
internal static class OptionNames
{
    // Quantities whose domain name is not the flag's name; each applies only where the command has that flag.
    private static readonly (string Field, string Option)[] Synonyms =
    [
        ("memory-budget", "--memory-gb"),
        ("flops-per-active-param", "--m-over-na"),
        ("total-per-active", "--n-over-na"),
        ("zipf exponent", "--zipf"),
        ("batch size", "--batch"),
        ("law", "--oracle"),
        ("law", "--law"),
    ];

    public static InvalidInputException InTermsOf(InvalidInputException e, Command command)
    {
        if (e.Source is not null || e.Field is not { } field || field.StartsWith('-')) return e;
        var option = Find(command, "--" + field.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-'))
            ?? Synonyms.Where(s => string.Equals(s.Field, field, StringComparison.OrdinalIgnoreCase)).Select(s => Find(command, s.Option)).FirstOrDefault(o => o is not null);
        return option is null ? e : new InvalidInputException(e.Detail, null, option.Name, e.Row);
    }

    private static Option? Find(Command command, string name)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            if (c.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) is { } option) return option;
        return null;
    }
}
