namespace MoeLab.Sectional;

/// <summary>Where a cost term runs when the E sections sit on E devices.</summary>
public enum TermPlacement
{
    /// <summary>Runs once, on one device, before or after the sections (the serial part).</summary>
    Shared,

    /// <summary>Summed over the E sections; each device runs 1/E of it in parallel.</summary>
    PerSection,
}

/// <summary>
/// One named component of a sectional layer's cost, for one sequence, as polynomials in the expert count E.
/// MACs are multiply-accumulates of the matrix products (1 MAC = 2 FLOPs); parameters exclude biases and
/// norms; activations count the outputs of each matrix product and each attention-score matrix, in elements.
/// For <see cref="TermPlacement.PerSection"/> terms every polynomial is the sum over all E sections.
/// </summary>
public sealed record CostTerm(
    string Name,
    string Formula,
    TermPlacement Placement,
    ExpertCountPolynomial Macs,
    ExpertCountPolynomial Params,
    ExpertCountPolynomial ActivationElements)
{
    /// <summary>MACs on the critical path: all of a shared term, one section's share of a per-section term.</summary>
    public ExpertCountPolynomial CriticalPathMacs => Placement == TermPlacement.PerSection ? Macs.ShiftPower(-1) : Macs;

    /// <summary>Elements (parameters + activations) one device holds of this term when sections sit on E devices.</summary>
    public ExpertCountPolynomial DeviceElements =>
        Placement == TermPlacement.PerSection ? (Params + ActivationElements).ShiftPower(-1) : Params + ActivationElements;
}
