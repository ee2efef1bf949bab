using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Options whose value must be one of a known set (a cache policy, a dtype, a preset name). A wrong value is
/// answered with the valid list and the nearest name — "unknown value 'lur' for --policy; did you mean 'lru'?
/// Valid values: lru, lfu, fifo" — and, being a parse error, exits 2 like any other bad input.
/// </summary>
public static class ChoiceParser
{
    /// <summary>Restricts a string option to <paramref name="choices"/> (exact match), offers them for shell completion, and shows them in help.</summary>
    public static Option<string> OneOf(this Option<string> option, params IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (choices.Count == 0) throw new ArgumentException("An option needs at least one choice.", nameof(choices));
        option.CompletionSources.Add(choices.ToArray());
        if (choices.Sum(c => c.Length + 1) <= 48) option.HelpName = string.Join('|', choices);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !choices.Contains(value, StringComparer.Ordinal))
                result.AddError(Message(option.Name, value, choices));
        });
        return option;
    }

    /// <summary>
    /// An option over an enum, spelled in kebab-case on the command line (<c>LeastRecentlyUsed</c> →
    /// <c>least-recently-used</c>), with the same wrong-value answer as <see cref="OneOf"/>.
    /// </summary>
    public static Option<TEnum> EnumOption<TEnum>(string name, string description, TEnum defaultValue) where TEnum : struct, Enum
    {
        var byName = Enum.GetValues<TEnum>().ToDictionary(NameOf, v => v, StringComparer.OrdinalIgnoreCase);
        var names = byName.Keys.ToList();
        var option = new Option<TEnum>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0) return defaultValue;
                var token = result.Tokens[^1].Value;
                if (byName.TryGetValue(token, out var value)) return value;
                result.AddError(Message(name, token, names));
                return defaultValue;
            },
        };
        option.CompletionSources.Add(names.ToArray());
        if (names.Sum(c => c.Length + 1) <= 48) option.HelpName = string.Join('|', names);
        return option;
    }

    /// <summary>The command-line spelling of an enum value: PascalCase becomes kebab-case.</summary>
    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum
        => NameOf((Enum)value);

    /// <summary>The command-line spelling of any enum value (what <c>--json</c> echoes for an enum option).</summary>
    public static string NameOf(Enum value)
    {
        var text = value.ToString();
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0 && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1])))) sb.Append('-');
            sb.Append(char.ToLowerInvariant(text[i]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// For names resolved after parsing (a model preset, a trace's policy column): the same answer as a bad
    /// option value, as the bad-input exception the CLI turns into exit 2.
    /// </summary>
    public static InvalidInputException Unknown(string what, string value, IReadOnlyCollection<string> choices, string? source = null, string? field = null) =>
        new(Message(what, value, choices), source, field);

    /// <summary>"unknown value 'x' for WHAT; did you mean 'y'? Valid values: a, b, c" (a long list is cut short).</summary>
    public static string Message(string what, string value, IReadOnlyCollection<string> choices)
    {
        var sb = new StringBuilder($"unknown value '{value}' for {what}");
        if (NearestName.SuggestStrict(value, choices) is { } nearest) sb.Append($"; did you mean '{nearest}'?");
        const int listed = 30;
        sb.Append(" Valid values: ").Append(string.Join(", ", choices.Take(listed)));
        if (choices.Count > listed) sb.Append($", … ({choices.Count - listed} more)");
        return sb.ToString();
    }
}
