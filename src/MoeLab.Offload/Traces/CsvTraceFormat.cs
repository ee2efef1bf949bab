using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// The flat CSV style of llama.cpp's MoE routing dumps: one row per chosen expert, <c>token,layer,expert[,weight]</c>,
/// with an optional header and an optional leading <c>sequence</c> column. Rows of one token are contiguous;
/// a token index that goes down (or a new sequence value) starts a new sequence.
/// </summary>
public static class CsvTraceFormat
{
    public static RoutingTrace Read(string path, TraceShape shape)
    {
        Core.IO.InputFile.Require(path, "trace file");
        using var reader = new StreamReader(path);
        return Read(reader, path, shape);
    }

    public static RoutingTrace Read(TextReader text, string source, TraceShape shape)
    {
        try
        {
            return ReadRows(text, source, shape);
        }
        catch (CsvHelperException e)
        {
            // A stray quote and the like: CsvHelper's message is several lines of advice, so only where it happened is kept.
            throw new InvalidInputException("malformed CSV (a stray or unbalanced quote)", source, row: e.Context?.Parser?.RawRow);
        }
    }

    private static RoutingTrace ReadRows(TextReader text, string source, TraceShape shape)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, TrimOptions = TrimOptions.Trim };
        using var parser = new CsvParser(text, config);
        var perToken = shape.Layers * shape.TopK;
        var experts = new int[perToken];
        var gates = new float[perToken];
        var filled = new int[shape.Layers];
        RoutingTraceBuilder? builder = null;
        var hasSequence = false;
        var hasWeight = false;
        string? currentSequence = null;
        long? currentToken = null;
        long tokenRow = 0;
        var first = true;

        void Flush()
        {
            if (currentToken is null) return;
            for (var layer = 0; layer < shape.Layers; layer++)
                if (filled[layer] != shape.TopK)
                    throw new InvalidInputException(
                        $"token {currentToken} has {filled[layer]} experts at layer {layer}; the model routes to top-{shape.TopK} in each of {shape.Layers} layers",
                        source, "expert", tokenRow);
            builder!.AddToken(experts, hasWeight ? gates : default, source, tokenRow);
            Array.Clear(filled);
        }

        while (parser.Read())
        {
            var row = parser.RawRow;
            var fields = parser.Record ?? [];
            if (fields.Length == 0 || (fields.Length == 1 && fields[0].Length == 0)) continue;
            if (first)
            {
                first = false;
                if (!long.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                {
                    var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                    hasSequence = names[0] is "sequence" or "seq" or "sequence_id";
                    var expected = hasSequence ? 4 : 3;
                    if (names.Length < expected || names.Length > expected + 1)
                        throw new InvalidInputException($"header must be [sequence,]token,layer,expert[,weight], got '{string.Join(',', fields)}'", source, row: row);
                    hasWeight = names.Length == expected + 1;
                    builder = new RoutingTraceBuilder(shape, hasWeight);
                    continue;
                }
                hasWeight = fields.Length == 4;
                builder = new RoutingTraceBuilder(shape, hasWeight);
            }
            var offset = hasSequence ? 1 : 0;
            var width = offset + (hasWeight ? 4 : 3);
            if (fields.Length != width)
                throw new InvalidInputException($"expected {width} fields, got {fields.Length}", source, row: row);
            var sequence = hasSequence ? fields[0] : null;
            var token = ParseLong(fields[offset], "token", source, row);
            var layer = ParseLong(fields[offset + 1], "layer", source, row);
            var expert = ParseLong(fields[offset + 2], "expert", source, row);
            if (layer < 0 || layer >= shape.Layers)
                throw new InvalidInputException($"layer {layer} is outside 0..{shape.Layers - 1}: the trace does not match the model's layer count", source, "layer", row);
            if (expert < 0 || expert >= shape.ExpertsPerLayer)
                throw new InvalidInputException($"expert id {expert} is outside 0..{shape.ExpertsPerLayer - 1}", source, "expert", row);

            var newSequence = currentToken is null || (hasSequence ? sequence != currentSequence : token < currentToken);
            if (newSequence || token != currentToken)
            {
                Flush();
                if (newSequence) builder!.StartSequence(sequence ?? builder.TokenCount.ToString(CultureInfo.InvariantCulture));
                currentSequence = sequence;
                currentToken = token;
                tokenRow = row;
            }
            var slot = filled[layer];
            if (slot >= shape.TopK)
                throw new InvalidInputException($"more than top-{shape.TopK} experts for token {token} at layer {layer}", source, "expert", row);
            experts[layer * shape.TopK + slot] = (int)expert;
            if (hasWeight)
            {
                if (!float.TryParse(fields[width - 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                    throw new InvalidInputException($"weight '{fields[width - 1]}' is not a number", source, "weight", row);
                gates[layer * shape.TopK + slot] = w;
            }
            filled[layer] = slot + 1;
        }
        if (builder is null || currentToken is null) throw new InvalidInputException("the trace is empty", source);
        Flush();
        return builder.Build();
    }

    public static void Write(RoutingTrace trace, TextWriter writer)
    {
        var csv = new CsvTraceWriter(writer, TraceHeader.Of(trace));
        csv.WriteAll(trace);
        csv.Complete();
    }

    private static long ParseLong(string text, string field, string source, long row) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidInputException($"'{text}' is not an integer", source, field, row);
}
