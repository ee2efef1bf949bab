using System.Numerics;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>The auxiliary losses of one router pass (already multiplied by their coefficients).</summary>
/// <param name="LoadBalanceLoss">Switch-style α·E·Σ_e f_e·P_e (f_e: share of routed slots, P_e: mean probability).</param>
/// <param name="ZLoss">β·mean over tokens of logsumexp(logits)².</param>
public readonly record struct RouterLosses(double LoadBalanceLoss, double ZLoss);

/// <summary>
/// Softmax top-k router with renormalised gates (g = p_e / Σ_topk p), capacity-free (no token is dropped), with the
/// Switch Transformer load-balancing loss and the ST-MoE router z-loss. Ties in top-k go to the lower expert index.
/// The load fractions f_e are counts and carry no gradient, as in Switch; P_e and the logits do.
/// </summary>
public static class TopKRouter
{
    /// <param name="logits">(N, E) saved router logits.</param>
    /// <param name="probs">(N, E) saved softmax.</param>
    /// <param name="lse">(N) saved logsumexp of the logits.</param>
    /// <param name="experts">(N, K) chosen experts, by descending probability.</param>
    /// <param name="gates">(N, K) renormalised gate weights.</param>
    /// <param name="loadFraction">(E) f_e = tokens routed to e / (N·K).</param>
    public static RouterLosses Forward<T>(Span<T> logits, Span<T> probs, Span<T> lse, Span<int> experts, Span<T> gates,
        Span<T> loadFraction, ReadOnlySpan<T> x, ReadOnlySpan<T> wr, int n, int c, int e, int k,
        double auxCoef, double zCoef, FlopCounter? flops = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Linear.Forward(logits, x, wr, n, c, e, flops);
        loadFraction[..e].Clear();
        var zSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var lrow = logits.Slice(i * e, e);
            var prow = probs.Slice(i * e, e);
            var max = T.NegativeInfinity;
            for (var j = 0; j < e; j++) if (lrow[j] > max) max = lrow[j];
            var sum = T.Zero;
            for (var j = 0; j < e; j++) { prow[j] = T.Exp(lrow[j] - max); sum += prow[j]; }
            for (var j = 0; j < e; j++) prow[j] /= sum;
            lse[i] = max + T.Log(sum);
            var z = double.CreateTruncating(lse[i]);
            zSum += z * z;

            var chosen = experts.Slice(i * k, k);
            var g = gates.Slice(i * k, k);
            SelectTopK(prow, chosen);
            var kept = T.Zero;
            for (var s = 0; s < k; s++) kept += prow[chosen[s]];
            for (var s = 0; s < k; s++)
            {
                g[s] = prow[chosen[s]] / kept;
                loadFraction[chosen[s]] += T.One;
            }
        }
        var slots = T.CreateChecked((double)n * k);
        for (var j = 0; j < e; j++) loadFraction[j] /= slots;

        var balance = 0.0;
        for (var j = 0; j < e; j++)
        {
            var meanProb = 0.0;
            for (var i = 0; i < n; i++) meanProb += double.CreateTruncating(probs[i * e + j]);
            balance += double.CreateTruncating(loadFraction[j]) * meanProb / n;
        }
        return new RouterLosses(auxCoef * e * balance, zCoef * zSum / n);
    }

    /// <summary>
    /// Adds into dx (N, C) and dwr (E, C) the gradient from the gates (dgates, N×K) and from both auxiliary losses,
    /// the latter scaled by <paramref name="lossScale"/> (1/accumulation steps).
    /// </summary>
    public static void Backward<T>(Span<T> dx, Span<T> dwr, ReadOnlySpan<T> dgates, ReadOnlySpan<T> probs, ReadOnlySpan<T> lse,
        ReadOnlySpan<int> experts, ReadOnlySpan<T> gates, ReadOnlySpan<T> loadFraction, ReadOnlySpan<T> x, ReadOnlySpan<T> wr,
        Span<T> dlogits, int n, int c, int e, int k, double auxCoef, double zCoef, double lossScale, FlopCounter? flops = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var balanceScale = T.CreateChecked(auxCoef * e * lossScale / n);
        var zScale = T.CreateChecked(2.0 * zCoef * lossScale / n);
        Span<T> dprob = e <= 256 ? stackalloc T[e] : new T[e];
        for (var i = 0; i < n; i++)
        {
            var prow = probs.Slice(i * e, e);
            var chosen = experts.Slice(i * k, k);
            var g = gates.Slice(i * k, k);
            var dg = dgates.Slice(i * k, k);
            for (var j = 0; j < e; j++) dprob[j] = balanceScale * loadFraction[j];
            // g_s = p_s / Σ p: dp_s = (dg_s − Σ_r dg_r·g_r) / Σ p
            var kept = T.Zero;
            var gdot = T.Zero;
            for (var s = 0; s < k; s++) { kept += prow[chosen[s]]; gdot += dg[s] * g[s]; }
            for (var s = 0; s < k; s++) dprob[chosen[s]] += (dg[s] - gdot) / kept;
            // softmax backward, plus z-loss d(lse²)/dlogit = 2·lse·p
            var pdot = T.Zero;
            for (var j = 0; j < e; j++) pdot += prow[j] * dprob[j];
            var drow = dlogits.Slice(i * e, e);
            for (var j = 0; j < e; j++) drow[j] = prow[j] * (dprob[j] - pdot) + zScale * lse[i] * prow[j];
        }
        Linear.Backward(dx, dwr, dlogits, x, wr, n, c, e, flops);
    }

    /// <summary>Indices of the k largest probabilities, largest first; on equal values the lower index wins.</summary>
    public static void SelectTopK<T>(ReadOnlySpan<T> probs, Span<int> chosen) where T : IFloatingPointIeee754<T>
    {
        var k = chosen.Length;
        var filled = 0;
        for (var j = 0; j < probs.Length; j++)
        {
            var p = probs[j];
            if (filled == k && p <= probs[chosen[k - 1]]) continue;
            var pos = filled < k ? filled++ : k - 1;
            while (pos > 0 && probs[chosen[pos - 1]] < p) { chosen[pos] = chosen[pos - 1]; pos--; }
            chosen[pos] = j;
        }
    }
}
