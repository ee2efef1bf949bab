using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Engine.Data;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// What an output directory was started for: the design, the data and every planned run, with a hash of all three.
/// A directory whose manifest hash differs from the design asked for is refused, so runs of two designs (or two
/// corpora, or two versions of the planner) never end up in one table.
/// </summary>
public sealed record LadderManifest(string Design, string Hash, string Data, JsonObject Document)
{
    public const string Format = "moelab-seed001-ladder/1";

    public static LadderManifest For(LadderPlan plan, TokenCorpus corpus)
    {
        var data = Fingerprint(corpus);
        var planned = new JsonArray(plan.Runs.Select(r => (JsonNode)new JsonObject
        {
            ["run"] = r.Id,
            ["config"] = r.ConfigId,
            ["phase"] = r.Phase,
            ["c"] = r.Scale.ComputeFlops,
            ["m_over_na"] = r.FlopsPerActiveParam,
            ["n_over_na"] = r.TotalPerActiveParam,
            ["d"] = r.Shape.HiddenSize,
            ["m_engine"] = r.EngineFlopsPerToken,
            ["model"] = JsonSerializer.SerializeToNode(r.Config),
            ["training"] = JsonSerializer.SerializeToNode(r.Options),
        }).ToArray());
        var hashed = new JsonObject
        {
            ["design"] = JsonSerializer.SerializeToNode(plan.Design),
            ["data"] = data,
            ["runs"] = planned,
        };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed.ToJsonString())));
        var document = new JsonObject
        {
            ["format"] = Format,
            ["design"] = plan.Design.Name,
            ["hash"] = hash,
            ["data"] = data,
            ["data_name"] = corpus.Name,
            ["note"] = "Planned runs of a seed-001 ladder; finished runs are rows of runs.csv. Rerunning the same command skips them.",
            ["plan"] = hashed,
        };
        return new LadderManifest(plan.Design.Name, hash, data, document);
    }

    /// <summary>The corpus as the manifest records it (<see cref="TokenCorpus.Fingerprint"/>).</summary>
    public static string Fingerprint(TokenCorpus corpus) => corpus.Fingerprint;

    public string ToJson() => Document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The design name and hash of a manifest file, or null when the file is not one.</summary>
    public static (string Design, string Hash, string Data)? ReadHeader(string text)
    {
        try
        {
            var node = JsonNode.Parse(text) as JsonObject;
            if (node?["format"]?.GetValue<string>() != Format) return null;
            return node["design"]?.GetValue<string>() is { } design && node["hash"]?.GetValue<string>() is { } hash && node["data"]?.GetValue<string>() is { } data
                ? (design, hash, data)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // not JSON, or a field of another type
        }
    }
}
