namespace MoeLab.Offload.Analytic;

/// <summary>What the deployment does with an expert that is not in the fast tier.</summary>
public enum MissHandling
{
    /// <summary>Move it across the bus, then run it on the accelerator (demand fetch, no prefetch).</summary>
    Transfer,

    /// <summary>Run it where it lives, on the CPU (Fiddler, llama.cpp <c>--cpu-moe</c>); nothing is moved.</summary>
    ExecuteOnCpu,

    /// <summary>For each miss, whichever of the two finishes the layer sooner.</summary>
    Cheaper,
}
