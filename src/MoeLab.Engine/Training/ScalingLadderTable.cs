using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training;

/// <summary>
/// The runs table a scaling ladder appends to, read as a record of what is already done: each row's config hash
/// (<see cref="RunKey"/>) says which run it is, so a rerun skips those runs and never appends one twice. A torn last
/// line (a writer killed mid-line) is dropped and the file rewritten without it; every other bad line is refused.
/// </summary>
public sealed class ScalingLadderTable
{
    private readonly Dictionary<string, RunRow> _byKey = [];
    private readonly List<string> _warnings = [];

    private ScalingLadderTable(string? path) => Path = path;

    /// <summary>The file, or null for a ladder that records nothing.</summary>
    public string? Path { get; }

    /// <summary>What opening the table found and fixed (a torn line dropped, duplicated runs), for the user.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Reads (and if need be repairs) the table at <paramref name="path"/>; a missing or empty file is an empty table.</summary>
    public static ScalingLadderTable Open(string? path)
    {
        var table = new ScalingLadderTable(path);
        // Only a regular file holds rows: a device, a FIFO (reading would wait for a writer) or - is an empty table.
        if (path is null || OutputFile.At(path) is not { HoldsFile: true } output) return table;
        var text = File.ReadAllText(output.Target);
        if (text.Length == 0) return table;
        var (lines, dropped) = TornTail.Split(text, line => RunRow.TryParse(line) is not null || RunRow.IsTableHeader(line));
        // A file that is nothing but one unterminated line (binary data, some other text) is not a torn table: only a cut
        // short header may be dropped, or the ladder would append its rows to someone else's file.
        if ((lines.Count > 0 && !RunRow.IsTableHeader(lines[0])) || (lines.Count == 0 && dropped is not null && !RunRow.Header.StartsWith(dropped, StringComparison.Ordinal)))
        {
            var why = lines.Count > 0 && lines[0] == RunRow.LegacyHeader
                ? "was written by an older MoeLab (no config_hash column), so its rows cannot be matched to the ladder's runs; give a new --runs file"
                : $"is not a ladder runs table (its first line is not '{RunRow.Header}'); give a new --runs file";
            throw new InvalidInputException(why, source: path, row: 1);
        }
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var row = RunRow.TryParse(lines[i])
                ?? throw new InvalidInputException($"not a runs-table row (the cells of '{RunRow.Header}', config_hash 16 hex digits)", source: path, row: i + 1);
            if (!table._byKey.TryAdd(row.ConfigHash, row))
                table._warnings.Add($"{path} line {i + 1} repeats run {row.Run} (config {row.ConfigHash}); the first row is used, and `moelab fit` on this file would count the run twice");
        }
        if (dropped is not null)
        {
            // Rewrite now, so the table is whole even if this pass is interrupted before it appends anything.
            output.WriteAllText(lines.Count == 0 ? "" : string.Join('\n', lines) + "\n");
            table._warnings.Add($"{path}: dropped a torn last line {TornTail.Describe(dropped)}, left by a write that was cut short");
        }
        return table;
    }

    /// <summary>The recorded row of the run with this <see cref="RunKey"/>, if there is one.</summary>
    public RunRow? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Records a finished run: appended to the file (atomically), and found by <see cref="Find"/> from now on.</summary>
    public void Append(RunRow row)
    {
        if (Path is not null) row.AppendTo(Path);
        _byKey.TryAdd(row.ConfigHash, row);
    }
}
