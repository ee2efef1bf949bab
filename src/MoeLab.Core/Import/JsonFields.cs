using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Import;

/// <summary>
/// Typed, located reads from one JSON object. Every failure is an <see cref="InvalidInputException"/> naming
/// the file and the full field path (e.g. <c>config.text_config.num_local_experts</c>).
/// </summary>
public sealed class JsonFields
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

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
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new InvalidInputException($"malformed JSON{where}: {FirstSentence(e.Message)}", source);
        }
        return node is JsonObject obj ? new JsonFields(obj, source)
            : throw new InvalidInputException($"expected a JSON object at the top level, got {Describe(node)}", source);
    }

    /// <summary>Reads and parses a file, turning a missing or unreadable file into bad input.</summary>
    public static JsonFields ReadFile(string path)
    {
        string text;
        try
        {
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
        var value = Int(name);
        return value > 0 ? value : throw Error(name, $"must be a positive integer, got {value}");
    }

    /// <summary>An optional integer ≥ 0, or <paramref name="fallback"/> when absent or null.</summary>
    public int NonNegativeIntOr(int fallback, params string[] names)
    {
        var name = FirstPresent(names);
        if (name is null) return fallback;
        var value = Int(name);
        return value >= 0 ? value : throw Error(name, $"must be an integer ≥ 0, got {value}");
    }

    /// <summary>An optional positive integer, or <paramref name="fallback"/> when absent or null.</summary>
    public int PositiveIntOr(int fallback, params string[] names)
    {
        var name = FirstPresent(names);
        if (name is null) return fallback;
        var value = Int(name);
        return value > 0 ? value : throw Error(name, $"must be a positive integer, got {value}");
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
        {
            if (array[i] is JsonValue v && TryWholeInt(v, out var x) && x >= 0) list.Add(x);
            else throw Error($"{name}[{i}]", $"expected an integer ≥ 0, got {Describe(array[i])}");
        }
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

    private int Int(string name)
    {
        var node = Json[name];
        return node is JsonValue v && TryWholeInt(v, out var x) ? x
            : throw Error(name, $"expected an integer, got {Describe(node)}");
    }

    private string? FirstPresent(string[] names)
    {
        foreach (var n in names)
            if (Has(n)) return n;
        return null;
    }

    private string Missing(string[] names) =>
        names.Length == 1 ? "missing required field" : $"missing required field (also looked for {string.Join(", ", names.Skip(1).Select(FieldPath))})";

    private static bool TryWholeInt(JsonValue v, out int value)
    {
        value = 0;
        if (v.TryGetValue<int>(out value)) return true;
        if (v.TryGetValue<double>(out var d) && Math.Abs(d) <= int.MaxValue && d == Math.Floor(d)) { value = (int)d; return true; }
        return false;
    }

    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.TryGetValue<string>(out var s) => $"\"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        _ => node.ToJsonString(),
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i < 0 ? message.TrimEnd('.') : message[..i];
    }
}
