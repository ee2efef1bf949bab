using MoeLab.Core.Randomness;
using MoeLab.Core.Validation;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Data;

/// <summary>
/// A byte-level corpus split into training and validation bytes (each byte is one token, vocabulary 256).
/// Training batches are random windows drawn from a generator seeded by (seed, step, micro-step), so step s gets
/// the same batch whether or not the run was resumed; validation scores fixed windows: the whole split by default, or a sample of evenly spaced ones.
/// </summary>
public sealed class TokenCorpus
{
    public TokenCorpus(string name, byte[] train, byte[] validation)
    {
        Name = name;
        Train = train;
        Validation = validation;
    }

    public string Name { get; }
    public byte[] Train { get; }
    public byte[] Validation { get; }

    /// <summary>
    /// The corpus by its sizes and a SHA-256 of its bytes: the same text read from another path is the same data, a
    /// one-byte edit is not. Checkpoints and runs tables record it so work is never resumed or reused on other data.
    /// </summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    private string? _fingerprint;

    private string ComputeFingerprint()
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        sha.AppendData(Train);
        sha.AppendData(Validation);
        return $"{Train.Length} training + {Validation.Length} validation bytes, sha256 {Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}";
    }

    /// <summary>Splits text bytes: the first (1 − <paramref name="validationFraction"/>) for training, the rest for validation.</summary>
    public static TokenCorpus FromText(string name, string text, double validationFraction = 0.1)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var cut = (int)Math.Round(bytes.Length * (1 - validationFraction));
        return new TokenCorpus(name, bytes[..cut], bytes[cut..]);
    }

    /// <summary>
    /// Reads a UTF-8 text file as a corpus (<see cref="FromText"/>), refusing — naming the file and, for bad bytes, the
    /// offset — one that is empty or not UTF-8 text (a binary file, a Latin-1 file), before any training starts.
    /// </summary>
    public static TokenCorpus FromTextFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0) throw new InvalidInputException("the corpus file is empty; give a UTF-8 text file", source: path, field: "--data");
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new InvalidInputException($"not UTF-8 text: byte {e.Index} is 0x{e.BytesUnknown?.FirstOrDefault():X2}; give a UTF-8 text file", source: path, field: "--data");
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0) throw new InvalidInputException($"not text: a NUL character at character {nul} (a binary file?); give a UTF-8 text file", source: path, field: "--data");
        return FromText(Path.GetFileName(path), text);
    }

    /// <summary>Fills (B, T) tokens and next-token targets for one training micro-batch.</summary>
    public void TrainBatch(Span<int> tokens, Span<int> targets, int b, int t, ulong seed, int step, int microStep)
    {
        RequireLength(Train, t, "training");
        var rng = new SplitMix64(SplitMix64.Derive(seed, step, microStep));
        for (var i = 0; i < b; i++)
            Window(Train, (int)rng.NextInt64(Train.Length - t), tokens.Slice(i * t, t), targets.Slice(i * t, t));
    }

    /// <summary>
    /// Where each validation window of <paramref name="t"/> tokens starts. <paramref name="batches"/> = 0: the whole
    /// split, cut into consecutive non-overlapping windows (every byte but the last &lt; t + 1 is scored once);
    /// otherwise <paramref name="batches"/> × <paramref name="b"/> windows spread evenly over the split (a sample, cheaper).
    /// </summary>
    public int[] ValidationStarts(int b, int t, int batches)
    {
        RequireLength(Validation, t, "validation");
        if (batches == 0) return [.. Enumerable.Range(0, (Validation.Length - 1) / t).Select(w => w * t)];
        var windows = (long)b * batches;
        var stride = Math.Max(1, (Validation.Length - t - 1) / Math.Max(1, windows));
        return [.. Enumerable.Range(0, (int)windows).Select(w => (int)(w * stride % (Validation.Length - t)))];
    }

    /// <summary>Fills one validation window of tokens.Length tokens starting at <paramref name="start"/> (see <see cref="ValidationStarts"/>).</summary>
    public void ValidationWindow(int start, Span<int> tokens, Span<int> targets) => Window(Validation, start, tokens, targets);

    /// <summary>
    /// The baseline any model must beat: cross-entropy (nats per byte) on the validation bytes of the unigram byte
    /// distribution of the training bytes (add-one smoothed so unseen bytes stay finite).
    /// </summary>
    public double UnigramValidationLoss()
    {
        var counts = new double[256];
        foreach (var b in Train) counts[b]++;
        var total = Train.Length + 256.0;
        var loss = 0.0;
        foreach (var b in Validation) loss -= Math.Log((counts[b] + 1) / total);
        return loss / Math.Max(1, Validation.Length);
    }

    private static void Window(byte[] data, int start, Span<int> tokens, Span<int> targets)
    {
        for (var j = 0; j < tokens.Length; j++)
        {
            tokens[j] = data[start + j];
            targets[j] = data[start + j + 1];
        }
    }

    private void RequireLength(byte[] data, int t, string part)
    {
        if (data.Length < t + 2)
            throw new InvalidInputException($"the {part} part holds {data.Length} bytes, fewer than one window of {t + 1}", source: Name);
    }
}
