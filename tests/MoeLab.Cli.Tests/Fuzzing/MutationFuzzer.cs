using System.Text;

namespace MoeLab.Cli.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer (no coverage feedback, so it needs no instrumented build): each input is a valid seed file
/// changed by one to four mutations — bit flips, byte insertions and deletions, truncation, a splice of another seed, a
/// repeated slice, or a token from the reader's dictionary (delimiters, numbers at the integer limits, NaN, invalid
/// UTF-8). Same seed, same inputs, so a crash found once is found again.
/// </summary>
internal sealed class MutationFuzzer(int seed, IReadOnlyList<byte[]> seeds, IReadOnlyList<string> dictionary)
{
    /// <summary>Inputs per reader: 2,000 by default (the suite's share of the time budget), MOELAB_FUZZ_INPUTS for the full pass (e.g. 100000).</summary>
    public static int InputsPerReader =>
        int.TryParse(Environment.GetEnvironmentVariable("MOELAB_FUZZ_INPUTS"), out var n) && n > 0 ? n : 2_000;

    /// <summary>Tokens that break every text format somewhere: limits, non-numbers, structure, bad UTF-8.</summary>
    public static readonly string[] CommonTokens =
    [
        "0", "-1", "-0", "NaN", "Infinity", "-Infinity", "1e308", "1e-320", "2147483647", "2147483648", "-2147483649",
        "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551616", "65535", "65536", "1e15",
        "null", "true", "\"\"", "[]", "{}", ",", ":", "\n", "\r\n", "\"", "\\", "\\u0000", "\\ud800", " ", "\t",
        "\u00e9", "\uffff",
    ];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82]];

    private readonly Random _random = new(seed);
    private readonly byte[][] _tokens = [.. dictionary.Concat(CommonTokens).Select(Encoding.UTF8.GetBytes), .. InvalidUtf8];

    public byte[] Next()
    {
        var data = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var mutations = 1 + _random.Next(4);
        for (var m = 0; m < mutations; m++) Mutate(data);
        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
        switch (_random.Next(8))
        {
            case 0 when data.Count > 0: // bit flip
                var i = _random.Next(data.Count);
                data[i] ^= (byte)(1 << _random.Next(8));
                break;
            case 1: // random byte inserted
                data.Insert(at, (byte)_random.Next(256));
                break;
            case 2 when data.Count > 0: // a run of bytes deleted
                var start = _random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(16)));
                break;
            case 3: // truncated
                data.RemoveRange(at, data.Count - at);
                break;
            case 4: // spliced with another seed
                var other = seeds[_random.Next(seeds.Count)];
                var from = _random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.Skip(from));
                break;
            case 5 when data.Count > 0: // a slice repeated
                var s = _random.Next(data.Count);
                var slice = data.GetRange(s, Math.Min(data.Count - s, 1 + _random.Next(64)));
                data.InsertRange(at, slice);
                break;
            case 6: // a dictionary token inserted
                data.InsertRange(at, _tokens[_random.Next(_tokens.Length)]);
                break;
            default: // a dictionary token replacing what was there
                var token = _tokens[_random.Next(_tokens.Length)];
                if (at < data.Count) data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(8)));
                data.InsertRange(Math.Min(at, data.Count), token);
                break;
        }
    }
}
