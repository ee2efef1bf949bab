namespace MoeLab.Cli.Tests;

/// <summary>
/// The terminal's one-screen view: by default a command prints the blocks that answer it and one note naming the rest;
/// --verbose prints every block; the files (--md here) always hold the full report, with or without --verbose.
/// </summary>
public sealed class ConciseViewTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-concise-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string[], string> Commands() => new()
    {
        { ["inspect", "mixtral-8x7b"], "At a glance" },
        { ["inspect", "mixtral-8x7b", "deepseek-v3"], "Side by side" },
        { ["simulate", "--policy", "lru,opt", "--cache-experts", "2,4"], "Simulated decoding, per policy and cache size" },
        { ["sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm"], "Optimal number of sections" },
        { ["sweep", "granularity", "--tokens", "100", "--max-granularity", "4"], "Verdict" },
    };

    private static readonly Dictionary<string, string?> Wide = new() { ["COLUMNS"] = "200" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Default_ShowsTheAnswerAndNamesTheRest_VerboseShowsAll_FilesAlwaysFull(string[] command, string answer)
    {
        var (md, mdVerbose) = (Path.Combine(_dir, "concise.md"), Path.Combine(_dir, "verbose.md"));
        var concise = InspectCliRunner.RunWith(Wide, [.. command, "--md", md]);
        var verbose = InspectCliRunner.RunWith(Wide, [.. command, "--md", mdVerbose, "--verbose"]);
        Assert.True(concise.ExitCode == 0, concise.Stderr);
        Assert.True(verbose.ExitCode == 0, verbose.Stderr);

        // The files hold every section either way (their numbers may differ: simulate reports its own measured speed).
        var sections = Sections(md);
        Assert.Equal(sections, Sections(mdVerbose));
        bool Shows(string stdout, string section) => stdout.Split('\n').Any(l => l.StartsWith(section, StringComparison.Ordinal));

        Assert.True(Shows(concise.Stdout, answer), answer);
        Assert.All(sections, s => Assert.True(Shows(verbose.Stdout, s), s));
        var hidden = sections.Where(s => !Shows(concise.Stdout, s)).ToList();
        Assert.NotEmpty(hidden);
        var more = string.Join(' ', concise.Stdout[concise.Stdout.IndexOf("more section", StringComparison.Ordinal)..].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(hidden, s => Assert.Contains(s, more));
        Assert.Contains("--verbose", more);
        Assert.True(concise.Stdout.Length < verbose.Stdout.Length);
    }

    private static List<string> Sections(string markdown) =>
        [.. File.ReadLines(markdown).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])];
}
