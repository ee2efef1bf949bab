using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>
/// What makes a shape one people would train, applied by the planner as two-sided filters.
/// <para>Width ratio (K+1)·d_m/d: seed 001's App. E finds the loss optimum near 3.0–3.5 (its own 3e20
/// configuration, Table 21 d = 1928, d_m = 640, has 9·640/1928 = 2.99, so the band's low edge is 2.95).</para>
/// <para>Aspect d/L: the published MoE configs in src/MoeLab.Core/Presets/Models span d/L = 42.7 (Qwen3-30B-A3B, 2048/48)
/// to 153.6 (DBRX, 6144/40); median 102 (Grok-1 96, Hunyuan-Large 100, Llama-4-Scout 107). Seed 001's 3e20
/// configuration has 1928/16 = 120.5.</para>
/// </summary>
/// <param name="WidthRatioMin">Lowest (K+1)·d_m/d admitted.</param>
/// <param name="WidthRatioMax">Highest (K+1)·d_m/d admitted.</param>
/// <param name="AspectMin">Lowest d/L admitted.</param>
/// <param name="AspectMax">Highest d/L admitted.</param>
public sealed record ShapeLimits(double WidthRatioMin = 2.95, double WidthRatioMax = 3.5, double AspectMin = 42.7, double AspectMax = 153.6)
{
    public static readonly ShapeLimits Default = new();

    /// <summary>The centre of the width-ratio band, where the default M/N_a is anchored.</summary>
    public double WidthRatioCentre => (WidthRatioMin + WidthRatioMax) / 2;

    public void Validate()
    {
        Preconditions.That(WidthRatioMin >= 0 && WidthRatioMax >= WidthRatioMin && double.IsFinite(WidthRatioMax),
            $"the width-ratio band must be positive and low..high, got {WidthRatioMin}..{WidthRatioMax}", "width-ratio");
        Preconditions.That(AspectMin >= 0 && AspectMax >= AspectMin && double.IsFinite(AspectMax),
            $"the aspect range d/L must be positive and low..high, got {AspectMin}..{AspectMax}", "aspect");
    }

    /// <summary>Two-sided checks for the planner; the width ratio only for a MoE backbone.</summary>
    public IReadOnlyList<ConstraintCheck> Checks(IShapeRealizer realizer)
    {
        var checks = new List<ConstraintCheck>();
        if (!realizer.IsDense)
            checks.Add(new("width-ratio", "width ratio (K+1)·d_m/d", "", WidthRatioMax, realizer.WidthRatio) { Floor = WidthRatioMin });
        checks.Add(new("aspect", "aspect d/L", "", AspectMax, s => (double)s.HiddenSize / s.Layers) { Floor = AspectMin });
        return checks;
    }
}
