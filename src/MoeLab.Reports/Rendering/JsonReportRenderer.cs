using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// The machine-readable rendering, one envelope for every command (docs/json.md; JSON Schema in docs/schema/): the
/// schema version, the command, its arguments as typed values, the machine and time, the files read, every warning,
/// every block (tables with their columns, units and raw cell values; key-value lists; notes; chart specs) and the
/// command's own result under <c>data</c>. Never emits NaN or infinity (JSON has neither): such values become null
/// and a warning says where.
/// </summary>
/// <remarks>
/// Shape: <c>{ schema_version, command, arguments, context, inputs: [{kind, path}], title, warnings: [{code, message}], blocks: [...], data }</c>.
/// A table block is <c>{ kind: "table", title, note, columns: [{header, unit, legend, numeric}], rows: [[raw…]], rows_text: [[text…]] }</c>
/// where a raw entry is the cell's number when it has one and its text otherwise.
/// </remarks>
public static class JsonReportRenderer
{
    /// <summary>
    /// The envelope's version: the minor part grows when fields are added, the major part when a field is renamed,
    /// removed or changes meaning (docs/json.md).
    /// </summary>
    public const string SchemaVersion = "1.0";

    // Relaxed escaping: "+" and "×" are written as themselves, not \u002B and \u00D7. This JSON goes to files and
    // pipes, never inline into a page, so HTML-sensitive characters need no escaping.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Report report) => Build(report).ToJsonString(Indented);

    /// <summary>The JSON document as a tree, for callers that embed it elsewhere.</summary>
    public static JsonObject Build(Report report)
    {
        var replaced = new List<string>();
        var blocks = new JsonArray();
        for (var i = 0; i < report.Blocks.Count; i++) blocks.Add(Block(report.Blocks[i], $"blocks[{i}]", replaced));
        var data = JsonFiniteGuard.Clean(report.Data, "data", replaced);

        var warnings = report.AllWarnings().ToList();
        if (JsonFiniteGuard.Warning(replaced) is { } nanWarning) warnings.Add(nanWarning);

        var invocation = report.Invocation;
        return new JsonObject
        {
            ["schema_version"] = SchemaVersion,
            ["command"] = invocation?.Command ?? CommandWord(report.Context.Command),
            ["arguments"] = invocation?.Arguments.DeepClone() ?? new JsonObject(),
            ["context"] = Context(report.Context),
            ["inputs"] = new JsonArray([.. (invocation?.Inputs ?? []).Select(i => (JsonNode)new JsonObject { ["kind"] = i.Kind, ["path"] = i.Path })]),
            ["title"] = report.Title,
            ["warnings"] = new JsonArray(warnings.Select(w => (JsonNode?)new JsonObject { ["code"] = w.Code, ["message"] = w.Message }).ToArray()),
            ["blocks"] = blocks,
            ["data"] = data,
        };
    }

    /// <summary>A report built outside the CLI (a test, a library caller) names its command by the line's first word after "moelab".</summary>
    private static string CommandWord(string commandLine) =>
        commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && words.Length > 1 && words[0] == "moelab" ? words[1] : "";

    private static JsonObject Context(ReportContext context) => new()
    {
        ["command_line"] = context.Command,
        ["tool_version"] = context.ToolVersion,
        ["runtime"] = context.Runtime,
        ["os"] = context.Os,
        ["processor_count"] = context.ProcessorCount,
        ["created_utc"] = context.CreatedUtc.ToString("O"),
        ["seed"] = context.Seed,
    };

    private static JsonObject Block(ReportBlock block, string path, List<string> replaced) => block switch
    {
        Table t => Table(t, path, replaced),
        KeyValues kv => new JsonObject { ["kind"] = "key_values", ["title"] = kv.Title, ["items"] = KeyValueArray(kv.Items) },
        Note n => new JsonObject { ["kind"] = "note", ["title"] = n.Title, ["text"] = n.Text },
        Chart c => new JsonObject
        {
            ["kind"] = "chart",
            ["title"] = c.Title,
            ["spec"] = JsonFiniteGuard.Clean(c.Spec, $"{path}.spec", replaced),
            ["warnings"] = new JsonArray(c.Warnings.Select(w => (JsonNode?)w.Message).ToArray()),
        },
        _ => new JsonObject { ["kind"] = block.GetType().Name, ["title"] = block.Title },
    };

    private static JsonObject Table(Table table, string path, List<string> replaced)
    {
        var columns = new JsonArray(table.Columns.Select(c => (JsonNode?)new JsonObject
        {
            ["header"] = c.Header,
            ["unit"] = c.Unit,
            ["legend"] = c.Legend,
            ["numeric"] = c.Numeric,
        }).ToArray());
        var rows = new JsonArray();
        var texts = new JsonArray();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var raw = new JsonArray();
            for (var c = 0; c < row.Count; c++)
                raw.Add(row[c].Value is { } v ? JsonFiniteGuard.Number(v, $"{path}.rows[{r}][{c}]", replaced) : JsonValue.Create(row[c].Text));
            rows.Add(raw);
            texts.Add(new JsonArray(row.Select(cell => (JsonNode?)cell.Text).ToArray()));
        }
        return new JsonObject
        {
            ["kind"] = "table",
            ["title"] = table.Title,
            ["note"] = table.Note,
            ["columns"] = columns,
            ["rows"] = rows,
            ["rows_text"] = texts,
        };
    }

    // Key-value items keep their order and may repeat a label, so they are an array of pairs, not an object.
    private static JsonArray KeyValueArray(IEnumerable<KeyValuePair<string, string>> items) =>
        new(items.Select(kv => (JsonNode?)new JsonObject { ["key"] = kv.Key, ["value"] = kv.Value }).ToArray());
}
