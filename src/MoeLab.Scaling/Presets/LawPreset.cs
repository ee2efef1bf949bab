using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Presets;

/// <summary>A published coefficient set: the law, where it was published, and what its N counts.</summary>
/// <param name="Name">Preset name used on the command line, e.g. <c>hoffmann2022</c>.</param>
/// <param name="Law">The law with the published coefficients.</param>
/// <param name="Source">Citation: paper, arXiv id, table or equation.</param>
/// <param name="Notes">Conventions and caveats (what N means, rounding, the data it was fitted on).</param>
public sealed record LawPreset(string Name, IScalingLaw Law, string Source, string Notes);

/// <summary>Seed 001's allocation law as a preset (it has no loss, so it is not an <see cref="IScalingLaw"/>).</summary>
public sealed record ComputeLawPreset(string Name, Seed001ComputeLaw Law, string Source, string Notes);
