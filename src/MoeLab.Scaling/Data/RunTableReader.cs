using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Data;

/// <summary>
/// Reads training runs from CSV (header row, comma-separated) or JSON (an array of objects, or an object with
/// a <c>runs</c> array). Every bad row — a missing column, a blank or unparseable number, NaN, a non-positive
/// N, D, C or loss — is an <see cref="InvalidInputException"/> naming the file, the line (the header is line 1; a JSON run by its index) and the
/// column, so the CLI can print one line and exit 2.
/// </summary>
public static class RunTableReader
{
    public static RunTable Read(string path, ColumnMap? columns = null)
    {
        columns ??= new ColumnMap();
        Core.IO.InputFile.Require(path, "runs table");
        try
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var runs = extension == ".json" ? ReadJson(path, columns) : ReadCsv(path, columns);
            if (runs.Count == 0) throw new InvalidInputException("the table has no data rows", source: path);
            return new RunTable(path, runs);
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(path);
        }
    }

    private static List<RunPoint> ReadCsv(string path, ColumnMap columns)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader()) throw new InvalidInputException("empty file: expected a header row");
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim()).ToArray();
        // A column named twice would silently read the first copy: refuse it, naming the column (issue 15 §6).
        if (header.Where(h => h.Length > 0).GroupBy(h => h.ToLowerInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidInputException($"column '{twice.First()}' appears twice in the header; keep one", field: twice.First(), row: csv.Parser.RawRow);
        var index = header.Select((h, i) => (h, i)).GroupBy(x => x.h.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().i);
        int? Find(string name) => index.TryGetValue(name.ToLowerInvariant(), out var i) ? i : null;
        var layout = Layout.Resolve(columns, Find, header);
        var runs = new List<RunPoint>();
        while (csv.Read())
        {
            // Rows are numbered by the file's line (the header is line 1), as every MoeLab message about a CSV numbers them.
            var line = csv.Parser.RawRow;
            if (csv.Parser.Count > header.Length)
                throw new InvalidInputException($"{csv.Parser.Count} fields, but the header names {header.Length} columns", row: line);
            runs.Add(layout.Build(line, column => column < csv.Parser.Count ? csv.GetField(column) : null));
        }
        return runs;
    }

    private static List<RunPoint> ReadJson(string path, ColumnMap columns)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InvalidInputException($"not valid JSON: {e.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            JsonStrings.RequireDecodable(root, path);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var inner)) root = inner;
            if (root.ValueKind != JsonValueKind.Array)
                throw new InvalidInputException("expected a JSON array of run objects (or an object with a 'runs' array)");
            var rows = root.EnumerateArray().ToList();
            var names = rows.Count == 0 ? [] : rows.SelectMany(r => r.ValueKind == JsonValueKind.Object ? r.EnumerateObject().Select(p => p.Name) : []).Distinct().ToArray();
            var byLower = names.GroupBy(n => n.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
            int? Find(string name) => byLower.ContainsKey(name.ToLowerInvariant()) ? Array.IndexOf(names, byLower[name.ToLowerInvariant()]) : null;
            var layout = Layout.Resolve(columns, Find, names);
            var runs = new List<RunPoint>();
            for (var i = 0; i < rows.Count; i++)
            {
                var element = rows[i];
                runs.Add(BuildJsonRun(layout, i, column =>
                {
                    if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(names[column], out var v)) return null;
                    return v.ValueKind switch
                    {
                        JsonValueKind.Number => v.GetRawText(),
                        JsonValueKind.String => v.GetString(),
                        JsonValueKind.Null => null,
                        _ => v.GetRawText(),
                    };
                }));
            }
            return runs;
        }
    }

    /// <summary>A JSON run has no line of its own: its problem is located by array index (<c>[2].loss</c>), not by a line.</summary>
    private static RunPoint BuildJsonRun(Layout layout, int index, Func<int, string?> field)
    {
        try
        {
            return layout.Build(index + 1, field);
        }
        catch (InvalidInputException e) when (e.Row is not null)
        {
            throw new InvalidInputException(e.Detail, e.Source, $"[{index}].{e.Field}");
        }
    }

    /// <summary>Resolved column positions; building a point validates one row.</summary>
    private sealed record Layout(ColumnMap Map, int Params, int? Tokens, int? Compute, int Loss, int? Experts, int? Granularity)
    {
        public static Layout Resolve(ColumnMap map, Func<string, int?> find, IReadOnlyList<string> available)
        {
            string Listing() => available.Count == 0 ? "(none)" : string.Join(", ", available.Select(a => $"'{a}'"));
            int Require(string name, string role) => find(name) ?? throw new InvalidInputException(
                $"missing {role} column '{name}'; columns present: {Listing()} (map columns with --n-column, --d-column, --c-column, --loss-column)", field: name);
            var n = Require(map.Params, "parameter-count (N)");
            var loss = Require(map.Loss, "loss");
            var d = find(map.Tokens);
            var c = find(map.Compute);
            if (d is null && c is null)
                throw new InvalidInputException($"need a tokens column '{map.Tokens}' or a compute column '{map.Compute}'; columns present: {Listing()}", field: map.Tokens);
            return new Layout(map, n, d, c, loss, find(map.Experts), find(map.Granularity));
        }

        public RunPoint Build(long row, Func<int, string?> field)
        {
            double Positive(int column, string name)
            {
                var text = field(column);
                if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException("missing value", field: name, row: row);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new InvalidInputException($"'{text}' is not a number", field: name, row: row);
                if (double.IsNaN(v) || double.IsInfinity(v) || v <= 0)
                    throw new InvalidInputException($"must be a positive finite number, got {text}", field: name, row: row);
                return v;
            }
            var n = Positive(Params, Map.Params);
            var loss = Positive(Loss, Map.Loss);
            double d, c;
            if (Tokens is { } dc)
            {
                d = Positive(dc, Map.Tokens);
                c = Compute is { } cc ? Positive(cc, Map.Compute) : TrainingCompute.Flops(n, d);
            }
            else
            {
                c = Positive(Compute!.Value, Map.Compute);
                d = c / (TrainingCompute.FlopsPerParamToken * n);
            }
            var e = Experts is { } ec ? Positive(ec, Map.Experts) : 1;
            var g = Granularity is { } gc ? Positive(gc, Map.Granularity) : 1;
            return new RunPoint(n, d, c, loss, row, e, g);
        }
    }
}
