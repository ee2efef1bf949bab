namespace MoeLab.Core.Validation;

/// <summary>
/// Bad input from a user: a malformed file, a missing or out-of-range field, an impossible constraint.
/// The CLI prints <see cref="Exception.Message"/> alone (no stack trace) and exits with code 2, so the
/// message must name where the problem is: the file, and the field or row. The message is always one line of
/// printable text (non-printing characters from the input are escaped).
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string message, string? source = null, string? field = null, long? row = null)
        : base(Compose(message, source, field, row))
    {
        Detail = message;
        Source = source;
        Field = field;
        Row = row;
    }

    /// <summary>The problem itself, without the location prefix.</summary>
    public string Detail { get; }

    /// <summary>The file (or other named input) the problem is in, when known.</summary>
    public new string? Source { get; }

    /// <summary>The field, column or option at fault, when known (e.g. <c>config.num_experts_per_tok</c>).</summary>
    public string? Field { get; }

    /// <summary>The 1-based line of the file (a CSV's header is line 1), when the input is a table or a line-oriented file; printed as "line N".</summary>
    public long? Row { get; }

    /// <summary>The same problem, located in a file (keeps field and row).</summary>
    public InvalidInputException InFile(string source) =>
        Source is null ? new InvalidInputException(Detail, source, Field, Row) : this;

    /// <summary>The same problem, located at a field (prefixing an outer field name, e.g. <c>config.</c>).</summary>
    public InvalidInputException AtField(string outerField) =>
        new(Detail, Source, Field is null ? outerField : $"{outerField}.{Field}", Row);

    // The message reaches a terminal and quotes input (a key, a value, a file name): escaping every non-printing
    // character here keeps a file's escape sequences, bells and newlines from acting on the user's terminal and
    // keeps the message on one line, whichever reader built it.
    private static string Compose(string message, string? source, string? field, long? row)
    {
        var where = new List<string>(3);
        if (source is not null) where.Add(source);
        if (row is not null) where.Add($"line {row}");
        // A command-line flag is an option, not a field of a file.
        if (field is not null) where.Add(field.StartsWith("--", StringComparison.Ordinal) ? $"option '{field}'" : $"field '{field}'");
        return Text.PrintableText.Escape(where.Count == 0 ? message : $"{string.Join(", ", where)}: {message}");
    }
}
