using System.Text;
using System.Text.Json;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>
/// The JSON-lines routing format of <c>data/traces/</c> (Mario928/speculative-moe): one object per
/// (sequence, layer, token) — <c>{"dataset","problem_id","layer","experts":[…],"gating_probs":[…],"token_idx"}</c>.
/// Lines may come in any order (the published files are layer-major); they are regrouped into decode order:
/// sequence by sequence in order of first appearance, token by token, layer 0..L−1.
/// </summary>
public static class JsonlTraceFormat
{
    /// <summary>
    /// Reads a trace. With <paramref name="shape"/> given, every record is checked against it (expert id,
    /// layer, top-k) and the error names the line; without it the shape is inferred from the data.
    /// A runtime runs every layer of every token, so a token whose routing is missing for some layers cannot be
    /// replayed as it ran. When such tokens end their sequence (a generation's last, partly recorded tokens —
    /// the published traces have 1–3 per sequence) they are dropped whole and counted, tokens and records, so
    /// that records read = tokens kept × layers + records dropped. A partial token followed by complete ones is
    /// a gap in the middle of a generation and is refused, naming its first line.
    /// </summary>
    public static RoutingTrace Read(string path, TraceShape? shape = null)
    {
        Core.IO.InputFile.Require(path, "trace file");
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path, shape);
    }

    public static RoutingTrace Read(TextReader reader, string source, TraceShape? shape = null)
    {
        var sequences = new Dictionary<(string Dataset, string Problem), Dictionary<int, TokenRecords>>();
        var sequenceOrder = new List<(string Dataset, string Problem)>();
        int? topK = shape?.TopK;
        var maxLayer = -1;
        var maxExpert = -1;
        var allGates = true;
        long line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException e) { throw new InvalidInputException($"not valid JSON: {e.Message}", source, row: line); }
            using (doc)
            {
                var root = doc.RootElement;
                JsonStrings.RequireDecodable(root, source, line);
                if (root.ValueKind != JsonValueKind.Object) throw new InvalidInputException("each line must be a JSON object", source, row: line);
                var layer = RequiredInt(root, "layer", source, line);
                var token = RequiredInt(root, "token_idx", source, line);
                if (token < 0) throw new InvalidInputException($"token index {token} is negative; tokens count from 0", source, "token_idx", line);
                var dataset = root.TryGetProperty("dataset", out var ds) ? ds.ToString() : "";
                var problem = root.TryGetProperty("problem_id", out var pid) ? pid.ToString() : "0";
                if (!root.TryGetProperty("experts", out var expertsEl) || expertsEl.ValueKind != JsonValueKind.Array)
                    throw new InvalidInputException("missing array 'experts'", source, "experts", line);
                var experts = new int[expertsEl.GetArrayLength()];
                var i = 0;
                foreach (var e in expertsEl.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var id)) throw new InvalidInputException($"expert id '{e}' is not an integer", source, "experts", line);
                    experts[i++] = id;
                }
                topK ??= experts.Length;
                if (experts.Length < topK)
                    throw new InvalidInputException($"{experts.Length} experts chosen, the model routes each token to top-{topK}", source, "experts", line);
                if (experts.Length > topK)
                    throw new InvalidInputException($"{experts.Length} experts chosen, expected top-{topK}", source, "experts", line);
                if (layer < 0 || (shape is not null && layer >= shape.Layers))
                    throw new InvalidInputException($"layer {layer} is outside 0..{(shape?.Layers ?? int.MaxValue) - 1}: the trace does not match the model's layer count", source, "layer", line);
                foreach (var id in experts)
                    if (id < 0 || (shape is not null && id >= shape.ExpertsPerLayer))
                        throw new InvalidInputException($"expert id {id} is outside 0..{(shape?.ExpertsPerLayer ?? int.MaxValue) - 1}", source, "experts", line);
                float[]? gates = null;
                if (root.TryGetProperty("gating_probs", out var gatesEl) && gatesEl.ValueKind == JsonValueKind.Array)
                {
                    if (gatesEl.GetArrayLength() != experts.Length)
                        throw new InvalidInputException("'gating_probs' and 'experts' differ in length", source, "gating_probs", line);
                    gates = new float[experts.Length];
                    i = 0;
                    foreach (var g in gatesEl.EnumerateArray())
                    {
                        if (g.ValueKind != JsonValueKind.Number || !g.TryGetSingle(out var p)) throw new InvalidInputException($"gate probability '{g}' is not a number", source, "gating_probs", line);
                        gates[i++] = p;
                    }
                }
                else allGates = false;

                var key = (dataset, problem);
                if (!sequences.TryGetValue(key, out var tokens))
                {
                    tokens = [];
                    sequences[key] = tokens;
                    sequenceOrder.Add(key);
                }
                if (!tokens.TryGetValue(token, out var rec)) tokens[token] = rec = new TokenRecords(line);
                if (!rec.Layers.TryAdd(layer, (experts, gates)))
                    throw new InvalidInputException($"layer {layer} of token {token} appears twice", source, "layer", line);
                maxLayer = Math.Max(maxLayer, layer);
                foreach (var id in experts) maxExpert = Math.Max(maxExpert, id);
            }
        }
        if (line == 0 || topK is null) throw new InvalidInputException("the trace is empty", source);
        var resolved = shape ?? new TraceShape(maxLayer + 1, maxExpert + 1, topK.Value);
        if (shape is not null && maxLayer + 1 != shape.Layers)
            throw new InvalidInputException($"the trace has layers 0..{maxLayer} but the model has {shape.Layers} MoE layers", source, "layer");

        var builder = new RoutingTraceBuilder(resolved, allGates);
        var perToken = resolved.Layers * resolved.TopK;
        var experts2 = new int[perToken];
        var gates2 = new float[perToken];
        foreach (var key in sequenceOrder)
        {
            var name = key.Dataset.Length == 0 ? key.Problem : $"{key.Dataset}/{key.Problem}";
            builder.StartSequence(name);
            TokenRecords? partial = null;
            var partialToken = 0;
            foreach (var (token, rec) in sequences[key].OrderBy(kv => kv.Key))
            {
                if (rec.Layers.Count != resolved.Layers)
                {
                    if (partial is null) (partial, partialToken) = (rec, token);
                    builder.NoteDroppedToken(rec.Layers.Count);
                    continue;
                }
                if (partial is not null)
                    throw new InvalidInputException(
                        $"token {partialToken} of sequence {name} has routing for {partial.Layers.Count} of {resolved.Layers} layers, yet token {token} after it is complete: " +
                        "a runtime runs every layer of every token, so a gap inside a generation cannot be replayed (only a sequence's last, partly recorded tokens are dropped)",
                        source, "layer", partial.FirstLine);
                for (var layer = 0; layer < resolved.Layers; layer++)
                {
                    var (ex, g) = rec.Layers[layer];
                    ex.CopyTo(experts2, layer * resolved.TopK);
                    if (allGates) g!.CopyTo(gates2, layer * resolved.TopK);
                }
                builder.AddToken(experts2, allGates ? gates2 : default, source, rec.FirstLine);
            }
        }
        return builder.Build();
    }

    public static void Write(RoutingTrace trace, TextWriter writer)
    {
        var jsonl = new JsonlTraceWriter(writer, TraceHeader.Of(trace));
        jsonl.WriteAll(trace);
        jsonl.Complete();
    }

    private static int RequiredInt(JsonElement root, string name, string source, long line)
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind != JsonValueKind.Number || !el.TryGetInt32(out var v))
            throw new InvalidInputException($"missing or non-integer '{name}'", source, name, line);
        return v;
    }

    private sealed class TokenRecords(long firstLine)
    {
        public long FirstLine { get; } = firstLine;
        public Dictionary<int, (int[] Experts, float[]? Gates)> Layers { get; } = [];
    }
}
