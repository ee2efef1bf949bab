using System.Diagnostics;
using System.Numerics.Tensors;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Layers;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Inference;

/// <summary>How long a decoder's KV cache is.</summary>
/// <param name="ContextLength">Positions the cache holds; null: the model's own limit, at most
/// <see cref="DefaultMaxContext"/> (a Hugging Face model's 32 k positions would preallocate gigabytes).</param>
public sealed record DecoderOptions(int? ContextLength = null)
{
    public const int DefaultMaxContext = 4096;
}

/// <summary>
/// Single-token decoding with a KV cache, llm.c style: the dense part of the model (embedding, norms, attention,
/// routers, shared experts, dense FFN layers, LM head) lives in RAM here, routed experts come from an
/// <see cref="IExpertSource"/>. <see cref="Step"/> feeds one token at the next position and returns the logits for
/// the token after it. The cache is preallocated to <see cref="ContextLength"/> positions and a step beyond it is
/// refused (<see cref="Reset"/> and re-feed a shorter window to slide; positions restart at 0, as a fresh context).
/// Every projection and expert is one <see cref="Gemm"/> call with M = 1 (a GEMV), so OpenBLAS is used when present.
/// Not thread-safe: one decoder per sequence.
/// </summary>
public sealed class MoeDecoder
{
    private readonly DecoderArchitecture _a;
    private readonly IExpertSource _experts;
    private readonly int _d, _hd, _nh, _nkv, _ctx, _k;
    private readonly float _eps;
    private readonly float[] _embedding, _finalNorm, _lmHead;
    private readonly LayerWeights[] _layers;
    private readonly Rotary<float>? _pairRotary;
    private readonly HalfRotary? _halfRotary;

    // One token's activations. x: residual (d); mid: residual after attention (d); xn: normalised (d);
    // q, o: (NH, hd); scores: (ctx); kCache, vCache: per layer (ctx, NKV, hd).
    private readonly float[] _x, _mid, _xn, _q, _o, _proj, _scores, _ffn, _y, _h1, _h3, _act, _logits;
    private readonly float[][] _kCache, _vCache;
    private readonly int[][] _routedExperts;
    private readonly float[][] _routedGates, _routerProbs;
    private readonly float[] _routerLogits;
    // Each routed expert's output (k × d) and the order the source asked them computed in.
    private readonly float[][] _expertOut;
    private readonly int[] _order;
    // RouterTopK's own scratch: a runtime calls it from inside Prepare, in the middle of a step.
    private readonly float[] _specXn, _specLogits, _specProbs;

    public MoeDecoder(ITensorSource weights, DecoderArchitecture architecture, IExpertSource experts, DecoderOptions? options = null)
    {
        _a = architecture;
        _experts = experts;
        var a = architecture;
        var names = a.Names;
        (_d, _hd, _nh, _nkv, _k) = (a.ModelDim, a.HeadDim, a.Heads, a.KvHeads, a.TopK);
        _eps = (float)a.NormEpsilon;
        _ctx = options?.ContextLength ?? Math.Min(a.MaxPositions, DecoderOptions.DefaultMaxContext);
        if (_ctx < 1 || _ctx > a.MaxPositions)
            throw new InvalidInputException($"context length {_ctx} outside [1, {a.MaxPositions}] (the model's limit)", source: weights.Description, field: "context_length");
        int d = _d, qw = _nh * _hd, kvw = _nkv * _hd;

        _embedding = weights.ReadFloats(names.Embedding, a.VocabSize, d);
        _finalNorm = weights.ReadFloats(names.FinalNorm, d);
        _lmHead = a.TiedEmbeddings ? _embedding : weights.ReadFloats(names.LmHead, a.VocabSize, d);
        _layers = new LayerWeights[a.Layers];
        for (var l = 0; l < a.Layers; l++)
        {
            var w = _layers[l] = new LayerWeights
            {
                AttnNorm = weights.ReadFloats(names.AttentionNorm(l), d),
                Wq = weights.ReadFloats(names.Wq(l), qw, d),
                Wk = weights.ReadFloats(names.Wk(l), kvw, d),
                Wv = weights.ReadFloats(names.Wv(l), kvw, d),
                Wo = weights.ReadFloats(names.Wo(l), d, qw),
                FfnNorm = weights.ReadFloats(names.FfnNorm(l), d),
            };
            if (!a.IsMoeLayer(l))
            {
                w.W1 = weights.ReadFloats(names.DenseFfn(l, ExpertMatrix.W1), a.DenseHidden, d);
                w.W3 = weights.ReadFloats(names.DenseFfn(l, ExpertMatrix.W3), a.DenseHidden, d);
                w.W2 = weights.ReadFloats(names.DenseFfn(l, ExpertMatrix.W2), d, a.DenseHidden);
                continue;
            }
            w.Router = weights.ReadFloats(names.Router(l), a.Experts, d);
            if (a.SharedHidden > 0)
            {
                w.W1 = weights.ReadFloats(names.SharedExperts(l, ExpertMatrix.W1), a.SharedHidden, d);
                w.W3 = weights.ReadFloats(names.SharedExperts(l, ExpertMatrix.W3), a.SharedHidden, d);
                w.W2 = weights.ReadFloats(names.SharedExperts(l, ExpertMatrix.W2), d, a.SharedHidden);
            }
        }
        if (a.Family == ModelFamily.Engine) _pairRotary = new Rotary<float>(_ctx, _hd, a.RopeTheta);
        else _halfRotary = new HalfRotary(_ctx, _hd, a.RopeTheta);

        var hidden = Math.Max(Math.Max(a.DenseHidden, a.SharedHidden), a.ExpertHidden);
        (_x, _mid, _xn, _proj, _ffn, _y) = (new float[d], new float[d], new float[d], new float[d], new float[d], new float[d]);
        (_q, _o, _scores) = (new float[qw], new float[qw], new float[_ctx]);
        (_h1, _h3, _act) = (new float[hidden], new float[hidden], new float[hidden]);
        _logits = new float[a.VocabSize];
        _kCache = new float[a.Layers][];
        _vCache = new float[a.Layers][];
        for (var l = 0; l < a.Layers; l++) { _kCache[l] = new float[_ctx * kvw]; _vCache[l] = new float[_ctx * kvw]; }
        _routedExperts = new int[a.Layers][];
        _routedGates = new float[a.Layers][];
        _routerProbs = new float[a.Layers][];
        for (var l = 0; l < a.Layers; l++)
        {
            var moe = a.IsMoeLayer(l);
            _routedExperts[l] = moe ? new int[_k] : [];
            _routedGates[l] = moe ? new float[_k] : [];
            _routerProbs[l] = moe ? new float[a.Experts] : [];
        }
        _routerLogits = new float[a.Experts];
        _expertOut = new float[_k][];
        for (var s = 0; s < _k; s++) _expertOut[s] = new float[d];
        _order = new int[_k];
        (_specXn, _specLogits, _specProbs) = (new float[d], new float[a.Experts], new float[a.Experts]);
        Timings = new DecoderTimings(a.Layers);
    }

    /// <summary>
    /// A decoder for a set of weights whose family is read from them (<see cref="DecoderArchitecture.Read"/>), with
    /// every expert resident in RAM unless <paramref name="experts"/> is given.
    /// </summary>
    public static MoeDecoder Open(ITensorSource weights, IExpertSource? experts = null, DecoderOptions? options = null, JsonObject? huggingFaceConfig = null)
    {
        var architecture = DecoderArchitecture.Read(weights, huggingFaceConfig);
        return new MoeDecoder(weights, architecture, experts ?? new ResidentExpertSource(weights, architecture), options);
    }

    public DecoderArchitecture Architecture => _a;

    /// <summary>Positions the KV cache holds.</summary>
    public int ContextLength => _ctx;

    /// <summary>Tokens in the cache: the position the next <see cref="Step"/> writes.</summary>
    public int Position { get; private set; }

    /// <summary>When set, supplies the routing of MoE layers instead of the router (see <see cref="IRoutingOverride"/>).</summary>
    public IRoutingOverride? RoutingOverride { get; set; }

    public DecoderTimings Timings { get; }

    /// <summary>The experts the last step used in <paramref name="layer"/> (empty for a dense layer), in gate order.</summary>
    public ReadOnlySpan<int> RoutedExperts(int layer) => _routedExperts[layer];

    /// <summary>The gate weights of <see cref="RoutedExperts"/>.</summary>
    public ReadOnlySpan<float> RoutedGates(int layer) => _routedGates[layer];

    /// <summary>The router's softmax over all experts at the last step (computed under forced routing too).</summary>
    public ReadOnlySpan<float> RouterProbabilities(int layer) => _routerProbs[layer];

    /// <summary>Empties the cache; the next step is position 0.</summary>
    public void Reset() => Position = 0;

    /// <summary>Feeds <paramref name="token"/> at <see cref="Position"/>; returns the next token's logits (V), valid until the next step.</summary>
    public ReadOnlySpan<float> Step(int token)
    {
        if ((uint)token >= (uint)_a.VocabSize) throw new ArgumentOutOfRangeException(nameof(token), $"token {token} outside the vocabulary of {_a.VocabSize}");
        if (Position >= _ctx)
            throw new InvalidOperationException($"the KV cache is full ({_ctx} positions); Reset() and re-feed a shorter window, or build the decoder with a longer context");
        var pos = Position;
        var t0 = Stopwatch.GetTimestamp();
        _embedding.AsSpan(token * _d, _d).CopyTo(_x);
        Timings.HeadTicks += Stopwatch.GetTimestamp() - t0;

        for (var l = 0; l < _layers.Length; l++) Layer(l, pos);

        t0 = Stopwatch.GetTimestamp();
        RmsNorm(_xn, _x, _finalNorm);
        Linear.Forward<float>(_logits, _xn, _lmHead, 1, _d, _a.VocabSize);
        Timings.HeadTicks += Stopwatch.GetTimestamp() - t0;
        Timings.Steps++;
        Position = pos + 1;
        return _logits;
    }

    /// <summary>
    /// The top-<c>experts.Length</c> experts layer <paramref name="layer"/>'s router would choose for a residual-stream
    /// vector <paramref name="hidden"/> (d): its FFN norm, router and softmax, ties to the lower index. For predicting
    /// the next layer's experts from the current hidden state; leaves the step's state untouched.
    /// </summary>
    public void RouterTopK(int layer, ReadOnlySpan<float> hidden, Span<int> experts)
    {
        if (!_a.IsMoeLayer(layer)) throw new ArgumentException($"layer {layer} has no router", nameof(layer));
        if (hidden.Length != _d) throw new ArgumentException($"hidden has {hidden.Length} values, the model width is {_d}", nameof(hidden));
        if (experts.Length < 1 || experts.Length > _a.Experts) throw new ArgumentException($"asked for {experts.Length} experts of {_a.Experts}", nameof(experts));
        RmsNorm(_specXn, hidden, _layers[layer].FfnNorm);
        Linear.Forward<float>(_specLogits, _specXn, _layers[layer].Router, 1, _d, _a.Experts);
        Softmax(_specLogits, _specProbs);
        TopKRouter.SelectTopK<float>(_specProbs, experts);
    }

    private void Layer(int l, int pos)
    {
        var w = _layers[l];
        int d = _d, hd = _hd, kvw = _nkv * hd;
        var t0 = Stopwatch.GetTimestamp();

        // Attention: q (NH, hd); this position's k, v (NKV, hd) go straight into the cache.
        RmsNorm(_xn, _x, w.AttnNorm);
        var k = _kCache[l].AsSpan(pos * kvw, kvw);
        var v = _vCache[l].AsSpan(pos * kvw, kvw);
        Linear.Forward<float>(_q, _xn, w.Wq, 1, d, _nh * hd);
        Linear.Forward<float>(k, _xn, w.Wk, 1, d, kvw);
        Linear.Forward<float>(v, _xn, w.Wv, 1, d, kvw);
        Rotate(_q, _nh, pos);
        Rotate(k, _nkv, pos);
        Attend(l, pos);
        Linear.Forward<float>(_proj, _o, w.Wo, 1, _nh * hd, d);
        TensorPrimitives.Add(_x, _proj, _mid);

        RmsNorm(_xn, _mid, w.FfnNorm);
        if (w.Router is null)
        {
            SwiGlu.Forward<float>(_ffn, _h1.AsSpan(0, _a.DenseHidden), _h3.AsSpan(0, _a.DenseHidden), _act.AsSpan(0, _a.DenseHidden), _xn, w.W1!, w.W3!, w.W2!, 1, d, _a.DenseHidden);
            TensorPrimitives.Add(_mid, _ffn, _x);
            Timings.AddDense(l, Stopwatch.GetTimestamp() - t0);
            return;
        }

        Route(l, pos, w);
        var t1 = Stopwatch.GetTimestamp();
        Timings.AddDense(l, t1 - t0);

        var chosen = _routedExperts[l];
        var gates = _routedGates[l];
        _experts.Prepare(l, chosen, _mid);
        long wait = Stopwatch.GetTimestamp() - t1, compute = 0;
        // The source says which expert to compute first (a runtime: the ones already in memory, while the others are
        // still being read); each output gets its own buffer, and out = Σ_s g_s·expert_s(xn) is summed afterwards in
        // gate order from zero, as MoeFeedForward does — so the logits do not depend on where experts were.
        int h = _a.ExpertHidden;
        var order = _order.AsSpan(0, _k);
        _experts.ComputeOrder(l, chosen, order);
        foreach (var s in order)
        {
            var tg = Stopwatch.GetTimestamp();
            var m = _experts.Get(l, chosen[s]);
            var tc = Stopwatch.GetTimestamp();
            wait += tc - tg;
            CheckExpert(l, chosen[s], m, h);
            SwiGlu.Forward<float>(_expertOut[s], _h1.AsSpan(0, h), _h3.AsSpan(0, h), _act.AsSpan(0, h), _xn, m.W1.Span, m.W3.Span, m.W2.Span, 1, d, h);
            compute += Stopwatch.GetTimestamp() - tc;
        }
        var ts = Stopwatch.GetTimestamp();
        Array.Clear(_ffn);
        for (var s = 0; s < _k; s++) TensorPrimitives.MultiplyAdd(_expertOut[s], gates[s], _ffn, _ffn);
        compute += Stopwatch.GetTimestamp() - ts;
        Timings.AddWait(l, wait);
        Timings.AddCompute(l, compute);

        var t2 = Stopwatch.GetTimestamp();
        if (w.W1 is not null)
        {
            var sh = _a.SharedHidden;
            SwiGlu.Forward<float>(_y, _h1.AsSpan(0, sh), _h3.AsSpan(0, sh), _act.AsSpan(0, sh), _xn, w.W1, w.W3!, w.W2!, 1, d, sh);
            TensorPrimitives.Add(_ffn, _y, _ffn);
        }
        TensorPrimitives.Add(_mid, _ffn, _x);
        Timings.AddDense(l, Stopwatch.GetTimestamp() - t2);
    }

    /// <summary>Router softmax over all experts, then top-k with renormalised gates — or the override's choice.</summary>
    private void Route(int l, int pos, LayerWeights w)
    {
        var probs = _routerProbs[l];
        Linear.Forward<float>(_routerLogits, _xn, w.Router, 1, _d, _a.Experts);
        Softmax(_routerLogits, probs);
        var chosen = _routedExperts[l];
        var gates = _routedGates[l];
        if (RoutingOverride is { } forced && forced.TryRoute(l, pos, chosen, gates))
        {
            CheckForced(l, chosen, gates);
            return;
        }
        TopKRouter.SelectTopK<float>(probs, chosen);
        var kept = 0f;
        for (var s = 0; s < _k; s++) kept += probs[chosen[s]];
        for (var s = 0; s < _k; s++) gates[s] = probs[chosen[s]] / kept;
    }

    /// <summary>One query (NH, hd) against cached keys and values at positions 0 … pos, GQA head h → kv head h / (NH/NKV).</summary>
    private unsafe void Attend(int l, int pos)
    {
        int hd = _hd, nkv = _nkv, group = _nh / _nkv;
        var scale = 1f / MathF.Sqrt(hd);
        fixed (float* q = _q) fixed (float* o = _o) fixed (float* kc = _kCache[l]) fixed (float* vc = _vCache[l]) fixed (float* att = _scores)
        {
            for (var h = 0; h < _nh; h++)
            {
                var kvh = h / group;
                var qrow = q + h * hd;
                var max = float.NegativeInfinity;
                for (var t = 0; t <= pos; t++)
                {
                    var dot = VectorOps.Dot(qrow, kc + ((long)t * nkv + kvh) * hd, hd) * scale;
                    att[t] = dot;
                    if (dot > max) max = dot;
                }
                var sum = 0f;
                for (var t = 0; t <= pos; t++) { var e = MathF.Exp(att[t] - max); att[t] = e; sum += e; }
                var inv = 1f / sum;
                for (var t = 0; t <= pos; t++) att[t] *= inv;
                var orow = o + h * hd;
                for (var i = 0; i < hd; i++) orow[i] = 0f;
                for (var t = 0; t <= pos; t++) VectorOps.Axpy(att[t], vc + ((long)t * nkv + kvh) * hd, orow, hd);
            }
        }
    }

    private void Rotate(Span<float> x, int heads, int pos)
    {
        if (_halfRotary is not null) _halfRotary.Apply(x, heads, pos);
        else _pairRotary!.Apply(x, 1, 1, heads, positionOffset: pos);
    }

    private void RmsNorm(Span<float> y, ReadOnlySpan<float> x, ReadOnlySpan<float> gain)
    {
        Span<float> rstd = stackalloc float[1];
        Layers.RmsNorm.Forward(y, rstd, x, gain, 1, _d, _eps);
    }

    /// <summary>The engine router's softmax (max-subtracted, divided by the sum), so gates match training's.</summary>
    private static void Softmax(ReadOnlySpan<float> logits, Span<float> probs)
    {
        var max = float.NegativeInfinity;
        foreach (var z in logits) if (z > max) max = z;
        var sum = 0f;
        for (var j = 0; j < logits.Length; j++) { probs[j] = MathF.Exp(logits[j] - max); sum += probs[j]; }
        for (var j = 0; j < logits.Length; j++) probs[j] /= sum;
    }

    private void CheckForced(int l, ReadOnlySpan<int> chosen, ReadOnlySpan<float> gates)
    {
        for (var s = 0; s < chosen.Length; s++)
        {
            if ((uint)chosen[s] >= (uint)_a.Experts)
                throw new InvalidInputException($"forced routing chose expert {chosen[s]} in layer {l}; the model has {_a.Experts} experts", field: "experts");
            if (chosen[..s].Contains(chosen[s]))
                throw new InvalidInputException($"forced routing chose expert {chosen[s]} twice in layer {l}", field: "experts");
            if (!float.IsFinite(gates[s]))
                throw new InvalidInputException($"forced routing gave gate {gates[s]} in layer {l}", field: "gating_probs");
        }
    }

    private void CheckExpert(int l, int expert, ExpertMatrices m, int h)
    {
        var cells = h * _d;
        if (m.W1.Length != cells || m.W3.Length != cells || m.W2.Length != cells)
            throw new InvalidOperationException($"expert source served layer {l} expert {expert} with {m.W1.Length}/{m.W3.Length}/{m.W2.Length} values; expected {cells} each");
    }

    /// <summary>One layer's dense weights. W1/W3/W2: the dense FFN, or in an MoE layer the shared experts (null if none).</summary>
    private sealed class LayerWeights
    {
        public required float[] AttnNorm, Wq, Wk, Wv, Wo, FfnNorm;
        public float[]? Router, W1, W3, W2;
    }
}
