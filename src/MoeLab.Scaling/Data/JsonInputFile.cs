using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Data;

/// <summary>
/// Reads a user's JSON object file and parses it, so every JSON input (law files, law specs) fails the same
/// way: a missing file, invalid JSON, a non-object, or a field of the wrong JSON type all become an
/// <see cref="InvalidInputException"/> located in the file.
/// </summary>
public static class JsonInputFile
{
    public static T Read<T>(string path, string what, Func<JsonObject, T> parse)
    {
        Core.IO.InputFile.Require(path, what);
        try
        {
            JsonNode? node;
            try { node = JsonNode.Parse(File.ReadAllText(path)); }
            catch (JsonException e) { throw new InvalidInputException($"not valid JSON: {e.Message}"); }
            JsonStrings.RequireDecodable(node, path);
            if (node is not JsonObject obj) throw new InvalidInputException("expected a JSON object");
            try { return parse(obj); }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                // JsonNode.GetValue throws these for a value of the wrong JSON type.
                throw new InvalidInputException($"a field has the wrong type: {e.Message}");
            }
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(path);
        }
    }
}
