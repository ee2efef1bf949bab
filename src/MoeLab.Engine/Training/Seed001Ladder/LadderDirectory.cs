using System.Text;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Engine.Data;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// The output directory of one design: <c>manifest.json</c> (what was planned, hashed) and <c>runs.csv</c> (one row
/// per finished run, appended atomically — a run interrupted before its row is written is simply not finished).
/// </summary>
public sealed class LadderDirectory
{
    public const string ManifestFile = "manifest.json";
    public const string RunsFile = "runs.csv";

    private readonly HashSet<string> _planned;

    private LadderDirectory(string path, HashSet<string> planned, IReadOnlyList<LadderRow> finished)
    {
        Path = path;
        _planned = planned;
        Finished = finished;
    }

    public string Path { get; }

    public string RunsTable => System.IO.Path.Combine(Path, RunsFile);

    /// <summary>The rows already in the table when the directory was opened.</summary>
    public IReadOnlyList<LadderRow> Finished { get; }

    /// <summary>
    /// Opens (or starts) the directory for <paramref name="plan"/> on <paramref name="corpus"/>. Refused with a
    /// bad-input error when it cannot be written, holds another design's manifest, or has a table that is not this
    /// design's. The manifest is rewritten on every open, so an unwritable directory is found before any training.
    /// </summary>
    public static LadderDirectory Open(string path, LadderPlan plan, TokenCorpus corpus)
    {
        var manifest = LadderManifest.For(plan, corpus);
        var manifestPath = System.IO.Path.Combine(path, ManifestFile);
        var runsPath = System.IO.Path.Combine(path, RunsFile);
        if (File.Exists(manifestPath))
        {
            var existing = LadderManifest.ReadHeader(File.ReadAllText(manifestPath))
                ?? throw new InvalidInputException("not a seed-001 ladder manifest; use a new --out directory", manifestPath);
            if (existing.Hash != manifest.Hash)
            {
                var difference = existing.Data != manifest.Data ? $"its runs were trained on other data ({existing.Data}; this is {manifest.Data})"
                    : existing.Design != manifest.Design ? $"it holds runs of another design ({existing.Design})"
                    : $"it holds runs of {existing.Design} with other settings (another --seed, or a version of MoeLab that plans it differently)";
                throw new InvalidInputException($"{difference}; runs of different designs are never mixed: use a new --out directory", manifestPath);
            }
        }
        else if (File.Exists(runsPath))
        {
            throw new InvalidInputException($"{RunsFile} without {ManifestFile}: not a directory this command started; use a new --out directory", runsPath);
        }
        OutputDirectory.Check(path, "--out");
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"cannot write the ladder's output directory: {e.Message}", path, "--out");
        }
        OutputFile.At(manifestPath, "--out").WriteAllText(manifest.ToJson());
        var planned = plan.Runs.Select(r => r.Id).ToHashSet();
        return new LadderDirectory(path, planned, ReadTable(runsPath, planned));
    }

    /// <summary>Appends a finished run's row (header first when the table is new), replacing the file in one rename.</summary>
    public void Append(LadderRow row)
    {
        if (!_planned.Contains(row.Run)) throw new ArgumentException($"run {row.Run} is not in this directory's plan", nameof(row));
        var existing = File.Exists(RunsTable) ? File.ReadAllText(RunsTable) : LadderRow.Header + "\n";
        OutputFile.At(RunsTable, "--out").WriteAllText(new StringBuilder(existing).Append(row.ToCsv()).Append('\n').ToString());
    }

    /// <summary>Every row of a runs table, checked against the plan (each run planned, none twice).</summary>
    public static IReadOnlyList<LadderRow> ReadTable(string path, IReadOnlySet<string> planned)
    {
        if (!File.Exists(path)) return [];
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != LadderRow.Header)
            throw new InvalidInputException($"first line is not the ladder header '{LadderRow.Header}'", path, row: 1);
        var rows = new List<LadderRow>();
        var seen = new HashSet<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = LadderRow.Parse(lines[i], path, i + 1);
            if (!planned.Contains(row.Run)) throw new InvalidInputException($"run '{row.Run}' is not in the manifest's plan", path, "run", i + 1);
            if (!seen.Add(row.Run)) throw new InvalidInputException($"run '{row.Run}' appears twice", path, "run", i + 1);
            rows.Add(row);
        }
        return rows;
    }
}
