using MoeLab.Core.Randomness;
using System.Numerics;
using System.Numerics.Tensors;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Layers;

namespace MoeLab.Engine.Model;

/// <summary>The losses of one forward pass.</summary>
/// <param name="CrossEntropy">Mean next-token cross-entropy in nats (NaN when no targets were given).</param>
/// <param name="LoadBalance">Sum over MoE layers of the weighted load-balancing loss.</param>
/// <param name="RouterZ">Sum over MoE layers of the weighted router z-loss.</param>
public readonly record struct ForwardLosses(double CrossEntropy, double LoadBalance, double RouterZ)
{
    /// <summary>The objective the backward pass differentiates.</summary>
    public double Total => CrossEntropy + LoadBalance + RouterZ;
}

/// <summary>
/// The decoder-only MoE transformer, llm.c style: one flat array of parameters and one of gradients laid out by
/// <see cref="ParameterLayout"/>, explicit forward and backward passes that mirror each other, activations sized at
/// the first forward pass. A later call with another (B, T) is refused rather than silently reallocated.
/// Generic over float (training) and double (the gradient check runs this same code in float64).
/// </summary>
public sealed class Transformer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Rotary<T> _rotary;
    private Activations? _acts;

    public Transformer(EngineConfig config) : this(new ParameterLayout(config), null) { }

    /// <summary>A model over existing parameters (e.g. loaded from a checkpoint); the array is used, not copied.</summary>
    public Transformer(ParameterLayout layout, T[]? parameters)
    {
        Layout = layout;
        Config = layout.Config;
        Parameters = parameters ?? new T[layout.TotalParameters];
        if (Parameters.Length != layout.TotalParameters)
            throw new ArgumentException($"parameter array holds {Parameters.Length} values, layout needs {layout.TotalParameters}");
        Gradients = new T[layout.TotalParameters];
        _rotary = new Rotary<T>(Config.ContextLength, Config.EffectiveHeadDim, Config.RopeTheta);
    }

    public EngineConfig Config { get; }
    public ParameterLayout Layout { get; }
    public T[] Parameters { get; }
    public T[] Gradients { get; }
    public FlopCounter Flops { get; } = new();

    /// <summary>(B, T) of the allocated activations, or null before the first forward pass.</summary>
    public (int Batch, int Time)? ActivationShape => _acts is null ? null : (_acts.B, _acts.T);

    /// <summary>The MoE layer objects (null for dense layers), for routing traces.</summary>
    public MoeFeedForward<T>?[] MoeLayers => _acts?.Moe ?? [];

    /// <summary>Logits, or after a forward pass with targets the softmax probabilities, (B·T, V).</summary>
    public ReadOnlySpan<T> Output => _acts is null ? default : _acts.Logits;

    /// <summary>GPT-2-style initialisation: N(0, 0.02) for matrices, residual output projections scaled by 1/√(2L), gains 1.</summary>
    public void Initialise(ulong seed)
    {
        var rng = new SplitMix64(seed);
        var residualStd = 0.02 / Math.Sqrt(2.0 * Config.Layers);
        foreach (var slot in Layout.Slots)
        {
            var view = slot.Of(Parameters);
            if (slot.Shape.Length == 1) { view.Fill(T.One); continue; }
            var isResidualOut = slot.Name.EndsWith("wo.weight", StringComparison.Ordinal) || slot.Name.Contains(".w2", StringComparison.Ordinal);
            var std = isResidualOut ? residualStd : 0.02;
            for (var i = 0; i < view.Length; i++) view[i] = T.CreateChecked(rng.NextGaussian() * std);
        }
    }

    /// <summary>Zeroes the gradients in parallel chunks (the array is the size of the model; one thread's memset showed in profiles).</summary>
    public void ZeroGradients()
    {
        unsafe
        {
            fixed (T* g = Gradients)
            {
                var body = new Zeroing { Start = g, Length = Gradients.Length };
                WorkerTeam.For((Gradients.Length + Zeroing.Chunk - 1) / Zeroing.Chunk, ref body);
            }
        }
    }

    private unsafe struct Zeroing : IIndexedWork
    {
        public const int Chunk = 1 << 18;
        public T* Start;
        public int Length;

        public readonly void Run(int index) =>
            new Span<T>(Start + (long)index * Chunk, Math.Min(Chunk, Length - index * Chunk)).Clear();
    }

    /// <summary>
    /// Runs the model on tokens (B, T); with targets (B, T) also the loss. The (B, T) shape is fixed by the first call.
    /// </summary>
    public ForwardLosses Forward(ReadOnlySpan<int> tokens, ReadOnlySpan<int> targets, int b, int t)
    {
        if (t > Config.ContextLength) throw new ArgumentException($"sequence length {t} exceeds the context length {Config.ContextLength}");
        if (tokens.Length != b * t) throw new ArgumentException($"expected {b}×{t} tokens, got {tokens.Length}");
        if (!targets.IsEmpty && targets.Length != b * t) throw new ArgumentException($"expected {b}×{t} targets, got {targets.Length}");
        _acts ??= new Activations(Config, b, t);
        if (_acts.B != b || _acts.T != t)
            throw new InvalidOperationException($"activations were sized for B={_acts.B}, T={_acts.T}; got B={b}, T={t}. Use another model instance for another shape.");
        var a = _acts;
        tokens.CopyTo(a.Tokens);
        if (!targets.IsEmpty) targets.CopyTo(a.Targets);

        var cfg = Config;
        int n = b * t, c = cfg.ModelDim, hd = cfg.EffectiveHeadDim, nh = cfg.Heads, nkv = cfg.KvHeads, v = cfg.VocabSize;
        var p = Parameters;
        var eps = T.CreateChecked(cfg.NormEpsilon);
        double balance = 0, zloss = 0;

        Embedding.Forward(a.Residual[0], tokens, Layout.Embedding.Of(p), c);
        for (var l = 0; l < cfg.Layers; l++)
        {
            var s = Layout.Layers[l];
            var x = a.Residual[l];
            RmsNorm.Forward(a.Xn1[l], a.Rstd1[l], x, s.AttnNorm.Of(p), n, c, eps);
            Linear.Forward(a.Q[l], a.Xn1[l], s.Wq.Of(p), n, c, nh * hd, Flops);
            Linear.Forward(a.K[l], a.Xn1[l], s.Wk.Of(p), n, c, nkv * hd, Flops);
            Linear.Forward(a.V[l], a.Xn1[l], s.Wv.Of(p), n, c, nkv * hd, Flops);
            _rotary.Apply(a.Q[l], b, t, nh);
            _rotary.Apply(a.K[l], b, t, nkv);
            CausalAttention.Forward(a.O[l], a.Att[l], a.Q[l], a.K[l], a.V[l], b, t, nh, nkv, hd);
            Flops.Add(AttentionFlops(b, t, nh, hd));
            Linear.Forward(a.Scratch, a.O[l], s.Wo.Of(p), n, nh * hd, c, Flops);
            TensorPrimitives.Add(x, a.Scratch.AsSpan(0, n * c), a.Mid[l]);

            RmsNorm.Forward(a.Xn2[l], a.Rstd2[l], a.Mid[l], s.FfnNorm.Of(p), n, c, eps);
            if (a.Sectional[l] is { } sectional)
            {
                sectional.Forward(a.Scratch, a.Xn2[l], SectionalView(s, p), Flops);
            }
            else if (a.Moe[l] is { } moe)
            {
                var losses = moe.Forward(a.Scratch, a.Xn2[l], MoeView(s, p), cfg.LoadBalanceCoef, cfg.RouterZLossCoef, Flops);
                balance += losses.LoadBalanceLoss;
                zloss += losses.ZLoss;
            }
            else
            {
                SwiGlu.Forward(a.Scratch, a.H1[l], a.H3[l], a.Act[l], a.Xn2[l], s.W1!.Of(p), s.W3!.Of(p), s.W2!.Of(p), n, c, cfg.DenseHidden, Flops);
            }
            TensorPrimitives.Add(a.Mid[l], a.Scratch.AsSpan(0, n * c), a.Residual[l + 1]);
        }
        RmsNorm.Forward(a.Xf, a.RstdF, a.Residual[cfg.Layers], Layout.FinalNorm.Of(p), n, c, eps);
        Linear.Forward(a.Logits, a.Xf, Layout.LmHead.Of(p), n, c, v, Flops);
        a.HasTargets = !targets.IsEmpty;
        var ce = a.HasTargets ? CrossEntropy.Forward<T>(a.Logits, targets, n, v, a.RowLosses) : double.NaN;
        return new ForwardLosses(ce, balance, zloss);
    }

    /// <summary>
    /// Adds the gradient of <paramref name="lossScale"/> × (cross-entropy + auxiliary losses) of the last forward pass
    /// into <see cref="Gradients"/>. Use lossScale = 1/accumulation steps when accumulating.
    /// </summary>
    public void Backward(double lossScale = 1.0)
    {
        var a = _acts ?? throw new InvalidOperationException("backward before forward");
        if (!a.HasTargets) throw new InvalidOperationException("backward needs a forward pass with targets");
        var cfg = Config;
        int b = a.B, t = a.T, n = b * t, c = cfg.ModelDim, hd = cfg.EffectiveHeadDim, nh = cfg.Heads, nkv = cfg.KvHeads, v = cfg.VocabSize;
        var (p, g) = (Parameters, Gradients);
        Flops.InBackward = true;

        CrossEntropy.Backward<T>(a.DLogits, a.Logits, a.Targets, n, v, lossScale);
        Linear.Backward<T>(a.DXn, Layout.LmHead.Of(g), a.DLogits, a.Xf, Layout.LmHead.Of(p), n, c, v, Flops, overwriteDx: true);
        Array.Clear(a.DResid);
        RmsNorm.Backward<T>(a.DResid, Layout.FinalNorm.Of(g), a.DXn, a.Residual[cfg.Layers], Layout.FinalNorm.Of(p), a.RstdF, n, c);

        for (var l = cfg.Layers - 1; l >= 0; l--)
        {
            var s = Layout.Layers[l];
            // residual[l+1] = mid + ffn(norm(mid)): the gradient reaches mid directly and through the FFN branch.
            Array.Clear(a.DXn);
            if (a.Sectional[l] is { } sectional)
                sectional.Backward(a.DXn, SectionalView(s, g), a.DResid, a.Xn2[l], SectionalView(s, p), Flops);
            else if (a.Moe[l] is { } moe)
                moe.Backward(a.DXn, MoeView(s, g), a.DResid, a.Xn2[l], MoeView(s, p), cfg.LoadBalanceCoef, cfg.RouterZLossCoef, lossScale, Flops);
            else
                SwiGlu.Backward<T>(a.DXn, s.W1!.Of(g), s.W3!.Of(g), s.W2!.Of(g), a.DResid, a.Xn2[l], a.H1[l], a.H3[l], a.Act[l],
                    s.W1.Of(p), s.W3!.Of(p), s.W2!.Of(p), a.FfnScratch, n, c, cfg.DenseHidden, Flops);
            RmsNorm.Backward<T>(a.DResid, s.FfnNorm.Of(g), a.DXn, a.Mid[l], s.FfnNorm.Of(p), a.Rstd2[l], n, c);

            // mid = x + attention(norm(x))·Woᵀ
            Linear.Backward<T>(a.DO, s.Wo.Of(g), a.DResid, a.O[l], s.Wo.Of(p), n, nh * hd, c, Flops, overwriteDx: true);
            Array.Clear(a.DQ); Array.Clear(a.DK); Array.Clear(a.DV);
            CausalAttention.Backward<T>(a.DQ, a.DK, a.DV, a.DO, a.Att[l], a.Q[l], a.K[l], a.V[l], b, t, nh, nkv, hd);
            Flops.Add(2 * AttentionFlops(b, t, nh, hd));
            _rotary.Apply(a.DQ, b, t, nh, inverse: true);
            _rotary.Apply(a.DK, b, t, nkv, inverse: true);
            Linear.Backward<T>(a.DXn, s.Wq.Of(g), a.DQ, a.Xn1[l], s.Wq.Of(p), n, c, nh * hd, Flops, overwriteDx: true);
            Linear.Backward<T>(a.DXn, s.Wk.Of(g), a.DK, a.Xn1[l], s.Wk.Of(p), n, c, nkv * hd, Flops);
            Linear.Backward<T>(a.DXn, s.Wv.Of(g), a.DV, a.Xn1[l], s.Wv.Of(p), n, c, nkv * hd, Flops);
            RmsNorm.Backward<T>(a.DResid, s.AttnNorm.Of(g), a.DXn, a.Residual[l], s.AttnNorm.Of(p), a.Rstd1[l], n, c);
        }
        Embedding.Backward<T>(Layout.Embedding.Of(g), a.DResid, a.Tokens, c);
        Flops.InBackward = false;
    }

    /// <summary>Multiply-adds of QKᵀ and attention·V under the causal mask, ×2 FLOPs: 4·hd·T(T+1)/2 per (batch, head).</summary>
    public static double AttentionFlops(int b, int t, int heads, int headDim) => 4.0 * headDim * (t * (t + 1) / 2.0) * b * heads;

    private static MoeWeights<T> MoeView(LayerSlots s, T[] buffer) => new(
        s.Router!.Of(buffer), s.ExpertW1!.Of(buffer), s.ExpertW3!.Of(buffer), s.ExpertW2!.Of(buffer),
        s.SharedW1 is null ? default : s.SharedW1.Of(buffer),
        s.SharedW3 is null ? default : s.SharedW3.Of(buffer),
        s.SharedW2 is null ? default : s.SharedW2.Of(buffer));

    private static SectionalWeights<T> SectionalView(LayerSlots s, T[] buffer)
    {
        var v = s.Sectional!;
        Span<T> Optional(TensorSlot? slot) => slot is null ? default : slot.Of(buffer);
        return new(v.W1.Of(buffer), v.W3.Of(buffer), v.W2.Of(buffer), Optional(v.Mix), Optional(v.Wq), Optional(v.Wk), Optional(v.Wv), Optional(v.Wo));
    }

    /// <summary>Everything the forward pass keeps for the backward pass, for one (B, T).</summary>
    private sealed class Activations
    {
        public Activations(EngineConfig cfg, int b, int t)
        {
            (B, T) = (b, t);
            int n = b * t, c = cfg.ModelDim, hd = cfg.EffectiveHeadDim, L = cfg.Layers;
            int q = cfg.Heads * hd, kv = cfg.KvHeads * hd;
            T[][] Many(int count, int size) => Enumerable.Range(0, count).Select(_ => new T[size]).ToArray();
            Tokens = new int[n]; Targets = new int[n];
            Residual = Many(L + 1, n * c); Mid = Many(L, n * c);
            Xn1 = Many(L, n * c); Xn2 = Many(L, n * c); Rstd1 = Many(L, n); Rstd2 = Many(L, n);
            Q = Many(L, n * q); K = Many(L, n * kv); V = Many(L, n * kv); O = Many(L, n * q);
            Att = Many(L, b * cfg.Heads * t * t);
            H1 = new T[L][]; H3 = new T[L][]; Act = new T[L][];
            Moe = new MoeFeedForward<T>?[L];
            Sectional = new SectionalMoeLayer<T>?[L];
            for (var l = 0; l < L; l++)
            {
                if (cfg.SectionalShape is { } shape && cfg.IsSectionalLayer(l))
                {
                    Sectional[l] = new SectionalMoeLayer<T>(shape, b, t);
                    H1[l] = H3[l] = Act[l] = [];
                }
                else if (cfg.IsMoeLayer(l))
                {
                    Moe[l] = new MoeFeedForward<T>(n, c, cfg.Experts, cfg.TopK, cfg.ExpertHidden, cfg.SharedExperts);
                    H1[l] = H3[l] = Act[l] = [];
                }
                else
                {
                    H1[l] = new T[n * cfg.DenseHidden]; H3[l] = new T[n * cfg.DenseHidden]; Act[l] = new T[n * cfg.DenseHidden];
                }
            }
            Xf = new T[n * c]; RstdF = new T[n]; RowLosses = new double[n];
            Logits = new T[n * cfg.VocabSize]; DLogits = new T[n * cfg.VocabSize];
            Scratch = new T[n * c]; DResid = new T[n * c]; DXn = new T[n * c];
            DQ = new T[n * q]; DO = new T[n * q]; DK = new T[n * kv]; DV = new T[n * kv];
            FfnScratch = new T[2 * n * cfg.DenseHidden];
        }

        public int B { get; }
        public int T { get; }
        public bool HasTargets { get; set; }
        public int[] Tokens, Targets;
        public double[] RowLosses;
        public T[][] Residual, Mid, Xn1, Xn2, Rstd1, Rstd2, Q, K, V, O, Att, H1, H3, Act;
        public MoeFeedForward<T>?[] Moe;
        public SectionalMoeLayer<T>?[] Sectional;
        public T[] Xf, RstdF, Logits, DLogits, Scratch, DResid, DXn, DQ, DO, DK, DV, FfnScratch;
    }
}
