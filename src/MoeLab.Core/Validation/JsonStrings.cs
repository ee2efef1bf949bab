using System.Text.Json;
using System.Text.Json.Nodes;

namespace MoeLab.Core.Validation;

/// <summary>
/// System.Text.Json accepts an escaped lone UTF-16 surrogate (<c>"\ud800"</c>) as well-formed JSON and only throws
/// (an <see cref="InvalidOperationException"/>, not a <see cref="JsonException"/>) when that string is decoded, wherever
/// that happens to be. Readers of users' files call <see cref="RequireDecodable(JsonElement, string, long?)"/> right after
/// parsing, so such a file is refused as bad input naming the field, before anything reads it.
/// </summary>
public static class JsonStrings
{
    public static void RequireDecodable(JsonElement element, string source, long? line = null) => Walk(element, "", source, line);

    public static void RequireDecodable(JsonNode? node, string source, long? line = null)
    {
        try
        {
            Walk(node, "");
        }
        catch (UndecodableString e)
        {
            throw Refusal(e.Path, source, line);
        }
    }

    private static void Walk(JsonElement element, string path, string source, long? line)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try { name = property.Name; }
                    catch (InvalidOperationException) { throw Refusal(path.Length == 0 ? "(a key)" : path + ".(a key)", source, line); }
                    Walk(property.Value, path.Length == 0 ? name : $"{path}.{name}", source, line);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{i++}]", source, line);
                break;
            case JsonValueKind.String:
                try { element.GetString(); }
                catch (InvalidOperationException) { throw Refusal(path, source, line); }
                break;
        }
    }

    private static void Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                List<KeyValuePair<string, JsonNode?>> properties;
                try { properties = [.. obj]; }
                catch (InvalidOperationException) { throw new UndecodableString(path.Length == 0 ? "(a key)" : path + ".(a key)"); }
                foreach (var (name, value) in properties) Walk(value, path.Length == 0 ? name : $"{path}.{name}");
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]");
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                try { value.GetValue<string>(); }
                catch (InvalidOperationException) { throw new UndecodableString(path); }
                break;
        }
    }

    private static InvalidInputException Refusal(string path, string source, long? line) =>
        new("holds a string that is not valid text (an escaped lone UTF-16 surrogate such as \\ud800)", source,
            path.Length == 0 ? null : path, line);

    private sealed class UndecodableString(string path) : Exception
    {
        public string Path { get; } = path;
    }
}
