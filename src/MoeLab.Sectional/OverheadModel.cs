using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Sectional;

/// <summary>
/// Overhead of sectioning, in seconds per layer and sequence: the paper's quadratic γ2·E² + γ1·E + γ0,
/// plus (for the physical default only) the time the section slices spend on the link.
/// <para>
/// Physical default, from a <see cref="HardwareProfile"/> (ℓ link latency per message, t kernel-launch
/// latency, k_s kernels per section, k_0 shared kernels):
/// <list type="bullet">
/// <item>Total work: a dispatch and a combine all-to-all among E devices are 2·E·(E − 1) messages, and one
/// device running every section launches k_s·E + k_0 kernels: γ2 = 2ℓ, γ1 = −2ℓ + k_s·t, γ0 = k_0·t.</item>
/// <item>Critical path: the device that holds the shared parts sends E − 1 slices and receives E − 1 back,
/// one after another (2·(E − 1) messages); sections launch their kernels concurrently:
/// γ2 = 0, γ1 = 2ℓ, γ0 = −2ℓ + (k_s + k_0)·t. The message count is quadratic in E only in total, not on
/// any one device: the paper's E² term is a total-work effect.</item>
/// <item>Link bytes (both costings): the n'·d activations (b bytes each) cross the link on the way out and
/// back, except the 1/E slice that stays home: 2·n'·d·b·(1 − 1/E) / link bandwidth. Not quadratic in E, so
/// it is kept as its own term rather than folded into γ.</item>
/// </list>
/// User-set coefficients replace all of this (no link term): the user's γ is the whole overhead.
/// </para>
/// </summary>
public sealed record OverheadModel(double Gamma2Seconds, double Gamma1Seconds, double Gamma0Seconds, double LinkSecondsPerReducedToken, string Origin)
{
    /// <summary>The overhead as a polynomial in E, seconds.</summary>
    public ExpertCountPolynomial Seconds(SectionalSpec spec)
    {
        var quadratic = ExpertCountPolynomial.Term(Gamma2Seconds, 2) + ExpertCountPolynomial.Term(Gamma1Seconds, 1)
            + ExpertCountPolynomial.Constant(Gamma0Seconds);
        return quadratic + LinkSeconds(spec);
    }

    /// <summary>The link-bytes part alone: LinkSecondsPerReducedToken·n'·(1 − 1/E), seconds.</summary>
    public ExpertCountPolynomial LinkSeconds(SectionalSpec spec)
    {
        if (LinkSecondsPerReducedToken == 0) return ExpertCountPolynomial.Zero;
        var np = spec.ReducedLength.TokensPolynomial(spec.SequenceTokens);
        return (np - np.ShiftPower(-1)) * LinkSecondsPerReducedToken;
    }

    /// <summary>The user's own γ2·E² + γ1·E + γ0 (seconds), used for both costings.</summary>
    public static OverheadModel UserSet(double gamma2, double gamma1, double gamma0)
    {
        Preconditions.Finite(gamma2, "gamma2");
        Preconditions.Finite(gamma1, "gamma1");
        Preconditions.Finite(gamma0, "gamma0");
        return new OverheadModel(gamma2, gamma1, gamma0, 0, "user-set γ2·E² + γ1·E + γ0");
    }

    /// <summary>The physical default for <paramref name="costing"/> (see the type's remarks).</summary>
    public static OverheadModel Physical(SectionalSpec spec, HardwareProfile hardware, Costing costing)
    {
        double latency = hardware.LinkLatencySeconds, launch = hardware.KernelLaunchLatencySeconds;
        int sectionKernels = SectionalCostTerms.KernelsPerSection(spec), sharedKernels = SectionalCostTerms.SharedKernels(spec);
        double linkPerToken = 2.0 * spec.ModelWidth * spec.BytesPerElement / hardware.LinkBandwidthBytesPerSecond;
        return costing == Costing.TotalWork
            ? new OverheadModel(2 * latency, -2 * latency + sectionKernels * launch, sharedKernels * launch, linkPerToken,
                $"physical ({hardware.Name}): 2·E·(E−1) all-to-all messages, k_s·E + k_0 kernel launches, link bytes")
            : new OverheadModel(0, 2 * latency, -2 * latency + (sectionKernels + sharedKernels) * launch, linkPerToken,
                $"physical ({hardware.Name}): 2·(E−1) messages at the shared device, concurrent launches, link bytes");
    }
}
