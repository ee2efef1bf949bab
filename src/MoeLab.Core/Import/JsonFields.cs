using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Import;

/// <summary>
/// Typed, located reads from one JSON object. Every failure is an <see cref="InvalidInputException"/> naming
/// the file and the full field path (e.g. <c>config.text_config.num_local_experts</c>).
/// </summary>
public sealed class JsonFields
{
    // A key given twice is refused: which of the two values was meant is the user's call, not the parser's.
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false,
    };

    public JsonFields(JsonObject json, string source, string path = "")
    {
        Json = json;
        Source = source;
        Path = path;
    }

    public JsonObject Json { get; }
    public string Source { get; }

    /// <summary>Field path of this object ("" at the root).</summary>
    public string Path { get; }

    /// <summary>Parses <paramref name="text"/> as a JSON object or throws naming <paramref name="source"/>.</summary>
    public static JsonFields ParseObject(string text, string source)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException e)
        {
            // The duplicate-key error carries no position; find the key, its path and both lines.
            if (e.LineNumber is null
                && JsonDuplicateKeys.Find(text, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) is { } dup)
                throw new InvalidInputException($"key given twice (lines {dup.FirstLine} and {dup.SecondLine}); keep one", source, dup.Path);
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new InvalidInputException($"malformed JSON{where}: {FirstSentence(e.Message)}", source);
        }
        catch (InvalidOperationException)
        {
            // Checking for duplicate keys decodes every key while parsing, so an undecodable key fails here, not later.
            throw new InvalidInputException("holds a key that is not valid text (an escaped lone UTF-16 surrogate such as \\ud800)", source);
        }
        JsonStrings.RequireDecodable(node, source);
        return node is JsonObject obj ? new JsonFields(obj, source)
            : throw new InvalidInputException($"expected a JSON object at the top level, got {Describe(node)}", source);
    }

    /// <summary>
    /// Reads and parses a file, turning a missing or unreadable file, or one that is not JSON text (a weights
    /// file, other binary data), into bad input.
    /// </summary>
    public static JsonFields ReadFile(string path)
    {
        string text;
        IO.InputFile.Require(path, "JSON file");
        try
        {
            using (var stream = File.OpenRead(path))
            {
                var prefix = new byte[(int)Math.Min(stream.Length, NonJsonContent.PrefixLength)];
                stream.ReadExactly(prefix);
                if (NonJsonContent.Describe(prefix, stream.Length) is { } notJson) throw new InvalidInputException(notJson, path);
            }
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"cannot read file: {e.Message}", path);
        }
        return ParseObject(text, path);
    }

    public string FieldPath(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    public bool Has(string name) => Json.TryGetPropertyValue(name, out var v) && v is not null;

    public InvalidInputException Error(string name, string message) => new(message, Source, FieldPath(name));

    public JsonFields Object(string name) =>
        OptionalObject(name) ?? throw Error(name, "missing required object");

    public JsonFields? OptionalObject(string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return null;
        return node is JsonObject obj ? new JsonFields(obj, Source, FieldPath(name))
            : throw Error(name, $"expected an object, got {Describe(node)}");
    }

    /// <summary>A required positive integer (the first of <paramref name="names"/> present).</summary>
    public int PositiveInt(params string[] names)
    {
        var name = FirstPresent(names) ?? throw Error(names[0], Missing(names));
        return Int(name, 1, "must be a positive integer");
    }

    /// <summary>An optional integer ≥ 0, or <paramref name="fallback"/> when absent or null.</summary>
    public int NonNegativeIntOr(int fallback, params string[] names)
    {
        var name = FirstPresent(names);
        return name is null ? fallback : Int(name, 0, "must be an integer ≥ 0");
    }

    /// <summary>An optional positive integer, or <paramref name="fallback"/> when absent or null.</summary>
    public int PositiveIntOr(int fallback, params string[] names)
    {
        var name = FirstPresent(names);
        return name is null ? fallback : Int(name, 1, "must be a positive integer");
    }

    public bool BoolOr(bool fallback, string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return fallback;
        return node is JsonValue v && v.TryGetValue<bool>(out var b) ? b
            : throw Error(name, $"expected true or false, got {Describe(node)}");
    }

    public string? StringOr(string? fallback, string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return fallback;
        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : throw Error(name, $"expected a string, got {Describe(node)}");
    }

    public double? DoubleOrNull(string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return null;
        return node is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d) ? d
            : throw Error(name, $"expected a number, got {Describe(node)}");
    }

    /// <summary>An optional array of integers ≥ 0 (layer indices); empty when absent.</summary>
    public IReadOnlyList<int> IntList(string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return [];
        if (node is not JsonArray array) throw Error(name, $"expected an array of integers, got {Describe(node)}");
        var list = new List<int>(array.Count);
        for (var i = 0; i < array.Count; i++)
            list.Add(WholeNumber(array[i], $"{name}[{i}]", 0, "expected an integer ≥ 0"));
        return list;
    }

    /// <summary>An optional array of strings; empty when absent.</summary>
    public IReadOnlyList<string> StringList(string name)
    {
        if (!Json.TryGetPropertyValue(name, out var node) || node is null) return [];
        if (node is not JsonArray array) throw Error(name, $"expected an array of strings, got {Describe(node)}");
        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.TryGetValue<string>(out var s)) list.Add(s);
            else throw Error($"{name}[{i}]", $"expected a string, got {Describe(array[i])}");
        }
        return list;
    }

    /// <summary>Rejects keys outside <paramref name="known"/> (catches typos in hand-written spec files).</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var (key, _) in Json)
            if (Array.IndexOf(known, key) < 0)
                throw Error(key, $"unknown field (known: {string.Join(", ", known)})");
    }

    private int Int(string name, int min, string rule) => WholeNumber(Json[name], name, min, rule);

    /// <summary>
    /// A whole number in [<paramref name="min"/>, int.MaxValue]. Below the range is a broken <paramref name="rule"/>;
    /// above it the value is out of range (the limit is named); a fraction or a non-number is not an integer.
    /// </summary>
    private int WholeNumber(JsonNode? node, string name, int min, string rule)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
            throw Error(name, $"expected an integer, got {Describe(node)}");
        if (v.TryGetValue<int>(out var x) && x >= min) return x;
        var text = v.ToJsonString();
        // Beyond double's range the value is at least out of range; otherwise whole-valued doubles such as 4096.0 count.
        var d = v.TryGetValue<double>(out var parsed) ? parsed : text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        if (double.IsFinite(d) && d != Math.Floor(d)) throw Error(name, $"expected an integer, got {text}");
        if (d < min) throw Error(name, $"{rule}, got {text}");
        if (d > int.MaxValue)
            throw Error(name, $"is out of range: {text} is larger than {Units.UnitFormat.Exact(int.MaxValue)}, the largest value MoeLab accepts here");
        return (int)d;
    }

    private string? FirstPresent(string[] names)
    {
        foreach (var n in names)
            if (Has(n)) return n;
        return null;
    }

    private string Missing(string[] names) =>
        names.Length == 1 ? "missing required field" : $"missing required field (also looked for {string.Join(", ", names.Skip(1).Select(FieldPath))})";

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.TryGetValue<string>(out var s) => $"\"{PrintableText.Escape(s, 40)}\"",
        _ => node.ToJsonString(),
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message.TrimEnd('.') : message[..i];
    }
}
