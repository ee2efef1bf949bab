using MoeLab.Scaling.Data;
using MoeLab.Testing;

namespace MoeLab.Scaling.Tests;

/// <summary>Besiroglu et al.'s extracted Chinchilla points with their published preprocessing.</summary>
internal static class ChinchillaData
{
    private static readonly Lazy<RunTable> All = new(() =>
        RunTableReader.Read(TestPaths.SharedFile("scaling", "chinchilla_epoch_svg_extracted_data.csv"), ColumnMap.ChinchillaExtracted));

    public static RunTable Raw => All.Value;

    /// <summary>The 240 points Besiroglu et al. fit: the 5 highest-loss points dropped.</summary>
    public static IReadOnlyList<RunPoint> Published240 => Raw.Runs.OrderBy(r => r.Loss).Take(Raw.Runs.Count - 5).ToList();
}
