using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Engine.Data;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>
/// A run's identity in a runs table: a hash of everything that decides its result — the model, the training options
/// and the data. Two runs with the same key give the same row (training is deterministic), so a ladder that finds
/// a rung's key in its table skips the rung instead of training and appending it again.
/// </summary>
public static class RunKey
{
    /// <summary>Bumped when the engine changes what a run computes, so rows of an older engine are not reused.</summary>
    private const string Version = "moelab-run/1";

    /// <summary>The first 16 hex digits of the SHA-256 of the run's canonical description.</summary>
    public static string Of(EngineConfig config, TrainingOptions options, TokenCorpus corpus)
    {
        var description = new JsonObject
        {
            ["version"] = Version,
            ["model"] = JsonSerializer.SerializeToNode(config),
            ["training"] = JsonSerializer.SerializeToNode(options),
            ["data"] = corpus.Fingerprint,
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description.ToJsonString())))[..16];
    }
}
