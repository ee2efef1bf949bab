using MoeLab.Core.Hardware;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Reports.Hardware;

/// <summary>The options of `moelab hardware probe`, checked before the (slow) measurement starts.</summary>
public sealed record ProbeRequest(string Path, string Out, ProbeOptions Options, string? Name = null)
{
    /// <summary>Fails early, naming the option, when the profile could not be written or the directory is missing.</summary>
    public void Check()
    {
        if (!Directory.Exists(Path)) throw new InvalidInputException("directory not found", source: Path, field: "--path");
        OutputFile.At(Out, "--out");
    }

    /// <summary>Measures, writes the profile YAML atomically, and re-reads it as `moelab simulate` would (so a bad file is never left).</summary>
    public (ProbeResult Result, HardwareProfile Profile) Run(IProgress<double>? progress = null)
    {
        Check();
        var result = DeviceProbe.Run(Options with { Directory = System.IO.Path.GetFullPath(Path) }, progress);
        var yaml = ProbeProfileYaml.Render(result, Name ?? $"probe-{Environment.MachineName.ToLowerInvariant()}");
        var profile = HardwareProfileFile.Parse(yaml, Out);
        OutputFile.At(Out, "--out").WriteAllText(yaml);
        return (result, profile);
    }
}
