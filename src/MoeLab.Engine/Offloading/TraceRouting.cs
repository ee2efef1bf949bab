using MoeLab.Engine.Inference;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// Forces a decoder to route as a recorded trace did, token by token, so a real trace drives a model of its shape
/// and the runtime's hit rates are directly comparable with the simulator's on the same trace. Gates come from the
/// trace when it has them (else 1/k each); they change the arithmetic, not what is loaded.
/// </summary>
public sealed class TraceRouting(RoutingTrace trace, DecoderArchitecture architecture) : IRoutingOverride
{
    /// <summary>The trace token the decoder is on.</summary>
    public int Token { get; set; }

    public bool TryRoute(int layer, int position, Span<int> experts, Span<float> gates)
    {
        var moeLayer = architecture.MoeOrdinal(layer);
        if (moeLayer < 0) return false;
        trace.Experts(Token, moeLayer).CopyTo(experts);
        var g = trace.Gates(Token, moeLayer);
        if (g.IsEmpty) gates.Fill(1f / experts.Length);
        else g.CopyTo(gates);
        return true;
    }
}
