using System.Text;
using System.Text.Json;

namespace MoeLab.Core.Import;

/// <summary>
/// Finds the first key that appears twice in one JSON object, with its full path and both lines. The parser only
/// says "Duplicate property 'x'" (no path, no line); this walks the tokens again to say where, so the user can
/// tell which of the two values was meant.
/// </summary>
internal static class JsonDuplicateKeys
{
    public readonly record struct Duplicate(string Path, int FirstLine, int SecondLine);

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
        public string? PendingKey { get; set; }
    }

    /// <summary>The first duplicated key, or null if there is none (or the text is not well-formed JSON).</summary>
    public static Duplicate? Find(string text, JsonReaderOptions options)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new Stack<Container>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = stack.Peek();
                        var key = reader.GetString()!;
                        var line = LineAt(utf8, reader.TokenStartIndex);
                        if (frame.KeyLines.TryGetValue(key, out var first)) return new Duplicate(Join(frame.Path, key), first, line);
                        frame.KeyLines[key] = line;
                        frame.PendingKey = key;
                        break;
                    }
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        stack.Push(new Container(stack.Count == 0 ? "" : ChildPath(stack.Peek()), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        if (stack.Count > 0) ChildPath(stack.Peek());
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed text: the parser's own error (with its line) is the better message.
        }
        return null;
    }

    /// <summary>The path of the value that comes next in <paramref name="parent"/> (consuming its key or index).</summary>
    private static string ChildPath(Container parent)
    {
        if (parent.IsArray) return $"{parent.Path}[{parent.NextIndex++}]";
        var key = parent.PendingKey ?? "";
        parent.PendingKey = null;
        return Join(parent.Path, key);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static int LineAt(byte[] utf8, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
            if (utf8[i] == (byte)'\n') line++;
        return line;
    }
}
