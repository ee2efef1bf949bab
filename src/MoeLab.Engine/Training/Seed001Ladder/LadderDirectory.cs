using System.Text;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Engine.Data;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// The output directory of one design: <c>manifest.json</c> (what was planned, hashed) and <c>runs.csv</c> (one row
/// per finished run, appended atomically — a run interrupted before its row is written is simply not finished). A torn
/// last line (left by a writer killed mid-line, which the atomic append should make impossible) is dropped on opening.
/// </summary>
public sealed class LadderDirectory
{
    public const string ManifestFile = "manifest.json";
    public const string RunsFile = "runs.csv";

    private readonly HashSet<string> _planned;

    private LadderDirectory(string path, HashSet<string> planned, IReadOnlyList<LadderRow> finished, string? repair)
    {
        Path = path;
        _planned = planned;
        Finished = finished;
        Repair = repair;
    }

    public string Path { get; }

    public string RunsTable => System.IO.Path.Combine(Path, RunsFile);

    /// <summary>The rows already in the table when the directory was opened.</summary>
    public IReadOnlyList<LadderRow> Finished { get; }

    /// <summary>What opening had to fix in the table (a torn last line dropped), for a warning; null when nothing.</summary>
    public string? Repair { get; }

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
        var finished = ReadTable(runsPath, planned, out var repair);
        return new LadderDirectory(path, planned, finished, repair);
    }

    /// <summary>Appends a finished run's row (header first when the table is new), replacing the file in one rename.</summary>
    public void Append(LadderRow row)
    {
        if (!_planned.Contains(row.Run)) throw new ArgumentException($"run {row.Run} is not in this directory's plan", nameof(row));
        var existing = File.Exists(RunsTable) ? File.ReadAllText(RunsTable) : LadderRow.Header + "\n";
        OutputFile.At(RunsTable, "--out").WriteAllText(new StringBuilder(existing).Append(row.ToCsv()).Append('\n').ToString());
    }

    /// <summary>
    /// Every row of a runs table, checked against the plan (each run planned, none twice). A torn last line is dropped
    /// and the file rewritten without it; <paramref name="repair"/> then says so.
    /// </summary>
    public static IReadOnlyList<LadderRow> ReadTable(string path, IReadOnlySet<string> planned, out string? repair)
    {
        repair = null;
        if (!File.Exists(path)) return [];
        var text = File.ReadAllText(path);
        var legacy = text.StartsWith(LadderRow.LegacyHeader + "\n", StringComparison.Ordinal);
        var (lines, dropped) = TornTail.Split(text, line => line == LadderRow.Header || line == LadderRow.LegacyHeader || IsRow(line, path, legacy));
        if (dropped is not null)
        {
            OutputFile.At(path, "--out").WriteAllText(lines.Count == 0 ? "" : string.Join('\n', lines) + "\n");
            repair = $"{path}: dropped a torn last line {TornTail.Describe(dropped)}, left by a write that was cut short";
        }
        if (lines.Count == 0) return [];
        if (lines[0] != LadderRow.Header && !(legacy && lines[0] == LadderRow.LegacyHeader))
            throw new InvalidInputException($"first line is not the ladder header '{LadderRow.Header}'", path, row: 1);
        var rows = new List<LadderRow>();
        var seen = new HashSet<string>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = LadderRow.Parse(lines[i], path, i + 1, legacy);
            if (!planned.Contains(row.Run)) throw new InvalidInputException($"run '{row.Run}' is not in the manifest's plan", path, "run", i + 1);
            if (!seen.Add(row.Run)) throw new InvalidInputException($"run '{row.Run}' appears twice", path, "run", i + 1);
            rows.Add(row);
        }
        if (legacy)
        {
            // Written before rows carried eval_tokens and loss_se: rewritten in today's shape (those cells 0 and NaN, unknown), so one table has one header.
            OutputFile.At(path, "--out").WriteAllText(string.Concat(rows.Select(r => r.ToCsv() + "\n").Prepend(LadderRow.Header + "\n")));
            repair = (repair is null ? "" : repair + "; ") + $"{path}: added the eval_tokens and loss_se columns (unknown, 0 and NaN, for the {rows.Count} rows written before them)";
        }
        return rows;
    }

    private static bool IsRow(string line, string path, bool legacy)
    {
        try
        {
            LadderRow.Parse(line, path, 0, legacy);
            return true;
        }
        catch (InvalidInputException)
        {
            return false;
        }
    }
}
