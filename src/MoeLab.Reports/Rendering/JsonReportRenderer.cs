using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>The machine-readable rendering: context, warnings and the raw result data.</summary>
public static class JsonReportRenderer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(Report report)
    {
        var root = new JsonObject
        {
            ["title"] = report.Title,
            ["context"] = new JsonObject
            {
                ["command"] = report.Context.Command,
                ["tool_version"] = report.Context.ToolVersion,
                ["runtime"] = report.Context.Runtime,
                ["os"] = report.Context.Os,
                ["processor_count"] = report.Context.ProcessorCount,
                ["created_utc"] = report.Context.CreatedUtc.ToString("O"),
                ["seed"] = report.Context.Seed,
                ["inputs"] = new JsonObject(report.Context.Inputs.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            },
            ["warnings"] = new JsonArray(report.Warnings.Select(w => (JsonNode?)new JsonObject { ["code"] = w.Code, ["message"] = w.Message }).ToArray()),
            ["data"] = report.Data?.DeepClone(),
        };
        return root.ToJsonString(Indented);
    }
}
