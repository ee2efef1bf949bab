namespace MoeLab.Offload.Traces;

/// <summary>
/// The real Mixtral-8x7B routing traces shipped inside the assembly (see Traces/BuiltIn/README.md), so a
/// simulation runs with no trace of its own and without the repository checkout.
/// </summary>
public static class BuiltInTraces
{
    private const string ResourcePrefix = "MoeLab.Offload.Traces.BuiltIn.";

    public static IReadOnlyList<string> Names { get; } = ["mixtral-8x7b-gsm8k", "mixtral-8x7b-humaneval"];

    /// <summary>The trace a command uses when none is given.</summary>
    public const string Default = "mixtral-8x7b-humaneval";

    public static bool Exists(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static RoutingTrace Load(string name)
    {
        var canonical = Names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (canonical is null) throw CatalogNames.Unknown("built-in trace", name, Names, field: "trace", listedAs: "built in");
        using var stream = typeof(BuiltInTraces).Assembly.GetManifestResourceStream(ResourcePrefix + canonical + ".moetrace")
            ?? throw new InvalidOperationException($"built-in trace resource '{canonical}' missing from the assembly");
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return BinaryTraceFormat.Read(copy, $"built-in:{canonical}");
    }

    /// <summary>A built-in name or a trace file path (format by extension).</summary>
    public static RoutingTrace Resolve(string nameOrPath, TraceShape? shape)
    {
        // A directory is a path the user meant as a file: say so rather than "unknown built-in trace".
        if (Directory.Exists(nameOrPath)) Core.IO.InputFile.Require(nameOrPath, "trace file");
        return File.Exists(nameOrPath) || !Exists(nameOrPath) && (nameOrPath.Contains('.') || nameOrPath.Contains('/'))
            ? TraceFiles.Load(nameOrPath, shape)
            : Load(nameOrPath);
    }
}
