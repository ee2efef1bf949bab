using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>
/// An independent, deliberately plain reference: walk the layers one by one, add up each weight tensor,
/// and compare with <see cref="ModelAccountant"/>'s closed-form path on every preset.
/// </summary>
public sealed class PerLayerReferenceTests
{
    public static TheoryData<string> Presets() => [.. ModelPresets.Names];

    [Theory]
    [MemberData(nameof(Presets))]
    public void ClosedForm_EqualsLayerByLayerSum(string name)
    {
        var spec = ModelPresets.Get(name).Spec;
        var (total, active, kvElements) = Walk(spec);
        var a = ModelAccountant.Account(spec);
        Assert.Equal(total, a.Params.TotalParamsExcludingMtp);
        Assert.Equal(active, a.Params.ActiveParamsPerTokenExcludingMtp);
        Assert.Equal(kvElements * spec.KvCacheFormat.Bits() / 8, a.Memory.KvCacheBytes(1, spec.ContextLength) - a.Memory.MambaStateBytesPerSequence);
    }

    private static long Norm(MoeSpec s, long width) => s.Norms.Bias ? 2 * width : width;

    private static (long Total, long Active, long KvElements) Walk(MoeSpec s)
    {
        long d = s.HiddenSize, total = 0, active = 0, kv = 0;
        var at = s.Attention;
        long nq = at.QueryHeads, nkv = at.KvHeads, hd = at.HeadDim, vd = at.ValueHeadDim > 0 ? at.ValueHeadDim : at.HeadDim;
        void Both(long n) { total += n; active += n; }

        Both(s.VocabSize * d);                                   // embedding
        if (!s.TiedEmbeddings) Both(s.VocabSize * d);            // head
        if (s.LmHeadBias) Both(s.VocabSize);
        Both(Norm(s, d));                                        // final norm
        var attentionIndex = 0;
        for (var layer = 0; layer < s.Layers; layer++)
        {
            for (var n = 0; n < s.Norms.PerLayer; n++) Both(Norm(s, d));
            if (s.IsLayerMoe(layer))
            {
                var e = s.Experts!;
                for (var i = 0; i < e.Count; i++)
                {
                    var expert = Ffn(e.Expert, d);
                    total += expert;
                    if (i < e.TopK) active += expert;
                }
                Both(d * e.Count + (s.Router.Bias ? e.Count : 0));
                for (var i = 0; i < s.SharedExperts.Count; i++) Both(Ffn(s.SharedExperts.Expert, d));
                if (s.SharedExperts.Count > 0 && s.SharedExperts.ScalarGate) Both(d);
            }
            else Both(Ffn(s.DenseFfn!, d));

            if (!s.IsLayerAttention(layer))
            {
                var mb = s.Mamba!;
                long inner = mb.Expand * d;
                Both(d * inner); Both(d * inner);                       // in_proj (x and z halves)
                if (mb.ProjBias) { Both(2 * inner); Both(d); }
                Both(inner * mb.ConvKernel); if (mb.ConvBias) Both(inner);
                Both(inner * mb.DtRank); Both(inner * mb.StateSize); Both(inner * mb.StateSize); // x_proj → Δ, B, C
                Both(mb.DtRank * inner); Both(inner);                   // dt_proj + bias
                Both(inner * mb.StateSize); Both(inner);                // A_log, D
                Both(inner * d);                                        // out_proj
                if (mb.InnerNorms) { Both(Norm(s, mb.DtRank)); Both(Norm(s, mb.StateSize)); Both(Norm(s, mb.StateSize)); }
                continue;
            }

            var ownsKv = attentionIndex++ % at.KvShareFactor == 0;
            if (at.Mla is { } m)
            {
                long rope = m.RopeHeadDim, nope = hd - rope;
                if (m.QueryLoraRank > 0) { Both(d * m.QueryLoraRank); Both(Norm(s, m.QueryLoraRank)); Both(m.QueryLoraRank * nq * hd); }
                else Both(d * nq * hd);
                Both(d * (m.KvLoraRank + rope)); Both(Norm(s, m.KvLoraRank)); Both(m.KvLoraRank * nq * (nope + vd));
            }
            else
            {
                Both(d * nq * hd);
                if (at.QkvBias) Both(nq * hd);
                if (ownsKv) { Both(d * nkv * hd); Both(d * nkv * vd); if (at.QkvBias) Both(nkv * (hd + vd)); }
            }
            Both(nq * vd * d);
            if (at.OutputBias) Both(d);
            if (at.Sinks) Both(nq);
            if (at.QkNorm == QkNormKind.PerHead) { Both(Norm(s, hd)); Both(Norm(s, hd)); }
            if (at.QkNorm == QkNormKind.FullWidth) { Both(Norm(s, nq * hd)); Both(Norm(s, nkv * hd)); }

            if (ownsKv)
            {
                var seen = at.SlidingWindow > 0 && at.SlidingWindowLayers.Contains(layer) ? Math.Min(at.SlidingWindow, s.ContextLength) : s.ContextLength;
                kv += seen * (at.Mla is { } mla ? mla.KvLoraRank + mla.RopeHeadDim : nkv * (hd + vd));
            }
        }
        return (total, active, kv);
    }

    private static long Ffn(FfnSpec f, long d)
    {
        long n = d * f.Width + f.Width * d;            // up, down
        if (f.Gated) n += d * f.Width;                  // gate
        if (f.Bias) n += (f.Gated ? 2 : 1) * f.Width + d;
        return n;
    }
}
