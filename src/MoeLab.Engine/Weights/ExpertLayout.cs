using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// The byte ranges of every routed expert in a weight source, so a runtime can fetch one expert with as few reads
/// as possible. Understands Hugging Face per-expert tensors (Mixtral's <c>block_sparse_moe.experts.{j}.w1/w3/w2</c>,
/// OLMoE/Qwen's <c>mlp.experts.{j}.gate_proj/up_proj/down_proj</c>) and MoeLab engine checkpoints, where a layer's
/// experts are stacked: <c>layers.{l}.moe.experts.w1</c> [E, H, d], <c>.w3</c> [E, H, d], <c>.w2</c> [E, d, H].
/// All experts must share one shape and dtype (true of every supported family); anything else is rejected by name.
/// </summary>
public sealed class ExpertLayout
{
    private readonly Dictionary<int, ExpertLocation[]> _byLayer;

    private ExpertLayout(string family, string source, IReadOnlyList<int> layers, Dictionary<int, ExpertLocation[]> byLayer)
    {
        Family = family;
        Source = source;
        MoeLayers = layers;
        _byLayer = byLayer;
        var first = byLayer[layers[0]][0];
        Hidden = first.Gate.Columns;
        Width = first.Gate.Rows;
        DType = first.Gate.DType;
        ExpertCount = byLayer[layers[0]].Length;
        MaxExpertBytes = byLayer.Values.SelectMany(e => e).Max(e => e.Bytes);
    }

    /// <summary>"mixtral", "mlp-experts" or "moelab-engine".</summary>
    public string Family { get; }

    public string Source { get; }

    /// <summary>Indices of the layers that have routed experts, ascending.</summary>
    public IReadOnlyList<int> MoeLayers { get; }

    public int ExpertCount { get; }

    /// <summary>Model width d (columns of gate and up).</summary>
    public int Hidden { get; }

    /// <summary>Expert FFN width H (rows of gate and up).</summary>
    public int Width { get; }

    public string DType { get; }

    public long MaxExpertBytes { get; }

    public ExpertLocation Location(int layer, int expert)
    {
        if (!_byLayer.TryGetValue(layer, out var experts))
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"not a MoE layer of {Source} (MoE layers: {string.Join(",", MoeLayers)})");
        if ((uint)expert >= (uint)experts.Length) throw new ArgumentOutOfRangeException(nameof(expert), expert, $"layer {layer} has {experts.Length} experts");
        return experts[expert];
    }

    public IEnumerable<ExpertLocation> All => MoeLayers.SelectMany(l => _byLayer[l]);

    public static ExpertLayout For(ITensorSource source)
    {
        var names = source.Names;
        if (names.Any(n => n.StartsWith("layers.", StringComparison.Ordinal) && n.EndsWith(".moe.experts.w1", StringComparison.Ordinal)))
            return Stacked(source);
        foreach (var naming in ExpertNaming.All)
            if (names.Any(n => naming.IsGate(n)))
                return PerExpert(source, naming);
        throw new InvalidInputException("no routed experts found (expected Mixtral block_sparse_moe.experts.*, mlp.experts.* or MoeLab layers.*.moe.experts.w1 tensors)", source: source.Description);
    }

    private static int LayerOf(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i + 1 < parts.Length; i++)
            if (parts[i] == "layers" && int.TryParse(parts[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var l)) return l;
        return -1;
    }

    private static ExpertLayout PerExpert(ITensorSource source, ExpertNaming naming)
    {
        var layers = source.Names.Where(naming.IsGate)
            .Select(LayerOf).Where(l => l >= 0).Distinct().Order().ToList();
        var byLayer = new Dictionary<int, ExpertLocation[]>();
        foreach (var l in layers)
        {
            var list = new List<ExpertLocation>();
            for (var j = 0; source.Contains(naming.GateName(l, j)); j++)
            {
                var gate = Whole(source, naming.GateName(l, j));
                var up = Whole(source, naming.UpName(l, j));
                var down = Whole(source, naming.DownName(l, j));
                list.Add(Locate(source, l, j, gate, up, down));
            }
            byLayer[l] = [.. list];
        }
        return Check(source, naming.Family, layers, byLayer);
    }

    private static ExpertMatrix Whole(ITensorSource source, string name)
    {
        if (!source.Contains(name)) throw new InvalidInputException("expert tensor missing (its siblings exist)", source: source.Description, field: name);
        var t = source.Info(name);
        if (t.Shape.Length != 2) throw new InvalidInputException($"expert matrix must be 2-D, got [{string.Join(",", t.Shape)}]", source: t.File, field: name);
        return new ExpertMatrix(name, t.DType, checked((int)t.Shape[0]), checked((int)t.Shape[1]), new ByteRange(t.File, t.Offset, t.Length));
    }

    private static ExpertLayout Stacked(ITensorSource source)
    {
        var layers = source.Names.Where(n => n.StartsWith("layers.", StringComparison.Ordinal) && n.EndsWith(".moe.experts.w1", StringComparison.Ordinal))
            .Select(LayerOf).Distinct().Order().ToList();
        var byLayer = new Dictionary<int, ExpertLocation[]>();
        foreach (var l in layers)
        {
            var p = $"layers.{l}.moe.experts.";
            var w1 = Stack(source, p + "w1");
            var w3 = Stack(source, p + "w3");
            var w2 = Stack(source, p + "w2");
            var count = (int)w1.Shape[0];
            if (w3.Shape[0] != count || w2.Shape[0] != count)
                throw new InvalidInputException($"w1, w3, w2 stack different expert counts ({w1.Shape[0]}, {w3.Shape[0]}, {w2.Shape[0]})", source: w1.File, field: p + "w2");
            byLayer[l] = [.. Enumerable.Range(0, count).Select(j => Locate(source, l, j, Slice(w1, j), Slice(w3, j), Slice(w2, j)))];
        }
        return Check(source, "moelab-engine", layers, byLayer);
    }

    private static TensorInfo Stack(ITensorSource source, string name)
    {
        if (!source.Contains(name)) throw new InvalidInputException("expert stack missing (its siblings exist)", source: source.Description, field: name);
        var t = source.Info(name);
        if (t.Shape.Length != 3) throw new InvalidInputException($"stacked experts must be 3-D [E, rows, cols], got [{string.Join(",", t.Shape)}]", source: t.File, field: name);
        return t;
    }

    private static ExpertMatrix Slice(TensorInfo stack, int expert)
    {
        var bytes = stack.Length / stack.Shape[0];
        return new ExpertMatrix($"{stack.Name}[{expert}]", stack.DType, checked((int)stack.Shape[1]), checked((int)stack.Shape[2]), new ByteRange(stack.File, stack.Offset + expert * bytes, bytes));
    }

    private static ExpertLocation Locate(ITensorSource source, int layer, int expert, ExpertMatrix gate, ExpertMatrix up, ExpertMatrix down)
    {
        if (gate.Rows != up.Rows || gate.Columns != up.Columns || down.Rows != gate.Columns || down.Columns != gate.Rows)
            throw new InvalidInputException($"expert shapes disagree: gate [{gate.Rows},{gate.Columns}], up [{up.Rows},{up.Columns}], down [{down.Rows},{down.Columns}] (down must be the transpose shape of gate)", source: source.Description,
                field: gate.Rows != up.Rows || gate.Columns != up.Columns ? up.Tensor : down.Tensor); // name the odd one out
        if (gate.DType != up.DType || gate.DType != down.DType || !SafeTensorsDType.IsFloatReadable(gate.DType))
            throw new InvalidInputException($"expert matrices must share one of F32, BF16, F16; got {gate.DType}, {up.DType}, {down.DType}", source: source.Description, field: gate.Tensor);
        return new ExpertLocation(layer, expert, gate, up, down, ByteRange.Coalesce([gate.Range, up.Range, down.Range]));
    }

    private static ExpertLayout Check(ITensorSource source, string family, List<int> layers, Dictionary<int, ExpertLocation[]> byLayer)
    {
        if (layers.Count == 0 || byLayer.Values.Any(e => e.Length == 0))
            throw new InvalidInputException("no routed experts found", source: source.Description);
        var first = byLayer[layers[0]][0];
        foreach (var e in byLayer.Values.SelectMany(x => x))
            if (e.Gate.Rows != first.Gate.Rows || e.Gate.Columns != first.Gate.Columns || e.Gate.DType != first.Gate.DType)
                throw new InvalidInputException($"experts differ in shape or dtype from layer {first.Layer} expert 0; the store needs one slot size", source: source.Description, field: e.Gate.Tensor);
        return new ExpertLayout(family, source.Description, layers, byLayer);
    }
}
