using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;

namespace MoeLab.Reports.Plan;

/// <summary>One published MoE model, counted by MoeLab's own accountant from its preset config.</summary>
/// <param name="ActiveParams">Parameters a token touches, embeddings and LM head included (MTP modules not).</param>
/// <param name="TotalParams">Every stored parameter, embeddings and LM head included (MTP modules not).</param>
/// <param name="Distance">√(ln²(active ratio) + ln²(total ratio)) to the planned model.</param>
public sealed record PublishedNeighbour(string Name, long ActiveParams, long TotalParams, int HiddenSize, int Layers, double Distance);

/// <summary>
/// The published MoE models nearest a planned one by active and total parameters (log distance, both counted the
/// way vendors publish them: embeddings and LM head included), so a user sees whether the planned shape is in the
/// family of models people train. The models are MoeLab's built-in presets (src/MoeLab.Core/Presets).
/// </summary>
public static class PublishedNeighbours
{
    private static readonly Lazy<IReadOnlyList<(string Name, long Active, long Total, int D, int L)>> Models = new(() =>
        [.. ModelPresets.Names
            .Select(name => (Name: name, Spec: ModelPresets.Get(name).Spec))
            .Where(m => m.Spec.Experts is not null)
            .Select(m =>
            {
                var p = ModelAccountant.Account(m.Spec).Params;
                return (m.Name, p.ActiveParamsPerTokenExcludingMtp, p.TotalParamsExcludingMtp, m.Spec.HiddenSize, m.Spec.Layers);
            })]);

    public static IReadOnlyList<PublishedNeighbour> Nearest(double activeParams, double totalParams, int count = 3) =>
        [.. Models.Value
            .Select(m => new PublishedNeighbour(m.Name, m.Active, m.Total, m.D, m.L,
                Math.Sqrt(Math.Pow(Math.Log(m.Active / activeParams), 2) + Math.Pow(Math.Log(m.Total / totalParams), 2))))
            .OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)];
}
