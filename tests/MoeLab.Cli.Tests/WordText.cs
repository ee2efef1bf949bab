namespace MoeLab.Cli.Tests;

/// <summary>A small deterministic text for training commands (no corpus download): 4,000 words from an 11-word vocabulary.</summary>
internal static class WordText
{
    public static string WriteTo(string directory)
    {
        var path = Path.Combine(directory, "text.txt");
        var rng = new Random(3);
        string[] words = ["the", "cat", "sat", "on", "a", "mat", "and", "dog", "ran", "home", "."];
        File.WriteAllText(path, string.Join(' ', Enumerable.Range(0, 4000).Select(_ => words[rng.Next(words.Length)])));
        return path;
    }
}
