using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MoeLab.Core.Validation;

/// <summary>
/// Loads a user's YAML (or JSON, its superset) file's single root mapping. YamlDotNet reports most malformed text as a
/// <see cref="YamlException"/> with a position, but the fuzzer found inputs on which its scanner throws
/// <see cref="InvalidOperationException"/> and its node loader <see cref="ArgumentException"/> ("- : x" as a key);
/// all three are the same bad input here.
/// </summary>
public static class YamlRoot
{
    /// <param name="expected">What the mapping should hold, for the message: "profile fields (name: …, …)".</param>
    public static YamlMappingNode Load(string text, string source, string expected)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException($"not valid YAML/JSON: {e.Message}", source, row: e.Start.Line);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new InvalidInputException("not valid YAML/JSON (the parser stopped on a malformed key or value)", source);
        }
        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping
            ? mapping
            : throw new InvalidInputException($"must hold one mapping of {expected}", source);
    }
}
