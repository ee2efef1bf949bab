using System.Globalization;
using System.Text;

namespace MoeLab.Core.Text;

/// <summary>
/// Text from a file made safe to print on a terminal: control characters (which move the cursor, change colours
/// or ring the bell), invisible direction overrides and undecodable bytes are written as escapes (<c>\x1B</c>,
/// <c>\u202E</c>), and long text is cut to a short excerpt. Messages quote input through here, never raw.
/// </summary>
public static class PrintableText
{
    /// <summary>
    /// <paramref name="text"/> with every non-printing character escaped, cut after <paramref name="maxChars"/>
    /// characters with an ellipsis.
    /// </summary>
    public static string Escape(string text, int maxChars = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = true;
        foreach (var c in text)
            if (NeedsEscape(c)) { clean = false; break; }
        if (clean && text.Length <= maxChars) return text;

        var b = new StringBuilder(Math.Min(text.Length, maxChars) + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (i == maxChars) return b.Append('…').ToString();
            var c = text[i];
            if (!NeedsEscape(c)) b.Append(c);
            else if (c < 0x100) b.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return b.ToString();
    }

    /// <summary>
    /// The first <paramref name="maxBytes"/> bytes of binary content as text: printable ASCII as itself, every
    /// other byte as <c>\xHH</c>, e.g. <c>\xEF\x1B[31m\x07\x00…</c>.
    /// </summary>
    public static string ExcerptOf(ReadOnlySpan<byte> bytes, int maxBytes = 16)
    {
        var b = new StringBuilder(maxBytes * 4 + 1);
        var n = Math.Min(bytes.Length, maxBytes);
        for (var i = 0; i < n; i++)
        {
            var x = bytes[i];
            if (x is >= 0x20 and < 0x7F && x != (byte)'\\') b.Append((char)x);
            else b.Append(CultureInfo.InvariantCulture, $"\\x{x:X2}");
        }
        if (bytes.Length > n) b.Append('…');
        return b.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)                      // C0, DEL, C1: ESC sequences, bell, backspace, CSI
        || c is '\uFFFD'                       // a byte that was not valid UTF-8
        || c is >= '\u200B' and <= '\u200F'    // zero-width characters and direction marks
        || c is >= '\u2028' and <= '\u202E'    // line/paragraph separators and direction overrides
        || c is >= '\u2066' and <= '\u2069'    // direction isolates
        || c is '\uFEFF';                      // zero-width no-break space (a stray BOM)
}
