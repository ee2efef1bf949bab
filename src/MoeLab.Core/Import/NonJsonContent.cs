using System.Buffers.Binary;
using System.Text;
using MoeLab.Core.Text;

namespace MoeLab.Core.Import;

/// <summary>
/// Recognises files that are not JSON text from their first bytes, so a weights file or other binary given
/// where a config belongs is named for what it is ("a safetensors weights file") instead of being reported as
/// "malformed JSON '0xEF'", and its bytes are shown escaped, never sent raw to the terminal.
/// </summary>
internal static class NonJsonContent
{
    /// <summary>How many leading bytes are enough to tell.</summary>
    public const int PrefixLength = 4096;

    private const string Wanted = "give the model's config.json, a MoeLab spec JSON or a preset name";

    /// <summary>Why <paramref name="prefix"/> (the first bytes of a file of <paramref name="fileLength"/> bytes) is not JSON text, or null if it may be.</summary>
    public static string? Describe(ReadOnlySpan<byte> prefix, long fileLength)
    {
        // UTF-16 text with a byte-order mark is still text: the reader decodes it.
        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;

        // safetensors: an 8-byte little-endian header length, then that many bytes of JSON header, then tensor data.
        if (prefix.Length >= 10)
        {
            var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
            if (prefix[8] == (byte)'{' && headerLength >= 2 && headerLength <= (ulong)(fileLength - 8))
                return $"this is a safetensors weights file ({UnitsOf(fileLength)}, a {Units.UnitFormat.Exact((long)headerLength)}-byte tensor header), not a model config: {Wanted}";
        }
        if (prefix.StartsWith("GGUF"u8)) return $"this is a GGUF model file ({UnitsOf(fileLength)}), not a model config: {Wanted}";
        if (prefix.StartsWith("PK\x03\x04"u8)) return $"this is a zip archive (a PyTorch checkpoint?), not a model config: {Wanted}";

        var body = prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? prefix[3..] : prefix;
        if (IsText(body, complete: prefix.Length == fileLength)) return null;
        return $"not a JSON text file: it starts with binary data \"{PrintableText.ExcerptOf(prefix)}\"; {Wanted}";
    }

    private static bool IsText(ReadOnlySpan<byte> bytes, bool complete)
    {
        // JSON text has no control bytes outside tab, line feed and carriage return, and is valid UTF-8.
        foreach (var b in bytes)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' || b == 0x7F) return false;
        try
        {
            // Without flushing, a character cut off by the end of the prefix is not an error.
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder().GetCharCount(bytes, flush: complete);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string UnitsOf(long bytes) => Units.UnitFormat.BytesDecimal(bytes);
}
