using MoeLab.Cli.Documentation;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests;

/// <summary>docs/cli.md is the rendering of the command definitions; when a command changes, this test fails until the
/// file is regenerated (set MOELAB_WRITE_CLI_DOCS=1 and run it).</summary>
public sealed class CliReferenceTests
{
    [Fact]
    public void DocsCliMd_IsTheRenderingOfTheCommandDefinitions()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "cli.md");
        var rendered = CliReference.Render(Program.BuildRoot());
        if (Environment.GetEnvironmentVariable(CliReference.RegenerateVariable) == "1") File.WriteAllText(path, rendered);
        Assert.True(File.Exists(path), $"{path} is missing; run with {CliReference.RegenerateVariable}=1 to write it");
        Assert.True(File.ReadAllText(path).Replace("\r\n", "\n") == rendered,
            $"{path} is stale: regenerate it with {CliReference.RegenerateVariable}=1 dotnet test tests/MoeLab.Cli.Tests -c Release --filter CliReferenceTests");
    }

    [Fact]
    public void Rendering_NamesEveryCommandAndOption()
    {
        var root = Program.BuildRoot();
        var rendered = CliReference.Render(root);
        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"## `moelab {command.Name}", rendered);
            foreach (var option in command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name is not "--help"))
                Assert.Contains($"`{option.Name}`", rendered);
        }
    }
}
