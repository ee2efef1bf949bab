namespace MoeLab.Reports.Rendering;

/// <summary>
/// Breaks text into lines at spaces only. A word (a number with its unit prefix, a path, a name) is never split: one
/// longer than the line gets a line of its own and runs past the width, which is better than a wrong number.
/// </summary>
internal static class WordWrap
{
    /// <summary>The lines of <paramref name="text"/> at most <paramref name="width"/> characters wide where its words
    /// allow; explicit line breaks are kept.</summary>
    public static IEnumerable<string> Lines(string text, int width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            foreach (var word in Words(paragraph))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            yield return line.ToString();
        }
    }

    /// <summary>The unbreakable pieces of a line: words, with a number kept together with the unit after it
    /// ("11.55 GFLOPs/token", "1.505 G,"), since a unit on the next line reads as a different quantity.</summary>
    private static IEnumerable<string> Words(string paragraph)
    {
        string? pending = null;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pending is not null && char.IsAsciiDigit(pending[^1]) && (char.IsLetter(word[0]) || word[0] == '%'))
            {
                yield return pending + " " + word;
                pending = null;
                continue;
            }
            if (pending is not null) yield return pending;
            pending = word;
        }
        if (pending is not null) yield return pending;
    }

    /// <summary><paramref name="text"/> wrapped to <paramref name="width"/>, the first line after <paramref name="first"/>,
    /// the others indented to line up under it.</summary>
    public static IEnumerable<string> Hanging(string first, string text, int width)
    {
        var indent = new string(' ', first.Length);
        var i = 0;
        foreach (var line in Lines(text, Math.Max(1, width - first.Length)))
            yield return (i++ == 0 ? first : indent) + line;
    }
}
