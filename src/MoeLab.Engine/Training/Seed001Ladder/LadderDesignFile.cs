using System.Globalization;
using MoeLab.Core.Seed001;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// Reads a seed-001 ladder design from YAML or JSON (JSON is read as YAML, its superset; the hardware profile's reader
/// uses the same library) into the same <see cref="LadderDesign"/> record the built-in designs are. Keys are snake_case:
/// <code>
/// name: my-design
/// backbone: {routed_experts: 8, top_k: 1, shared_experts: 1, context_length: 16, query_heads: 2, kv_heads: 1, head_dim: 8, vocab_size: 256}
/// budgets: [1e8, 2e8]               # C, engine-counted FLOPs (optional with configurations: their c values)
/// flops_per_token: 36000            # M at the first budget; M(C) = this · (C/C₁)^flops_per_token_exponent (default 0.5437)
/// configurations:                   # or the grid: depths, expansions, depth_exponent
///   - {c: 1e8, m_over_na: 7.2346, n_over_na: 2}      # x must give a whole L (or give layers: 4)
///   - {c: 2e8, layers: 5, n_over_na: 3, d: [10, 20]} # the proxy width plus these
/// sweep_widths: 4                   # widths per d-sweep where d is not listed
/// batch_size: 2
/// eval_batches: 4
/// learning_rate: 5e-3               # at the first budget; × (C/C₁)^−0.159 after
/// </code>
/// Every problem — unknown key, missing, non-numeric, negative or NaN value, an x with no whole L, a d outside its
/// configuration's feasible interval, y at or beyond (N_e + 1)/(K + 1) — is one <see cref="InvalidInputException"/> naming
/// the file and the field (<c>configurations[2].d</c>), raised by <see cref="Load"/> before anything is trained: it plans
/// the whole design.
/// </summary>
public static class LadderDesignFile
{
    /// <summary>How far from whole L = (M − 6M/x)/(6·S·N_q·d_qkv) an x may put it (x written to 2–3 decimals moves L by a few hundredths).</summary>
    public const double WholeLayersTolerance = 0.05;

    private static readonly string[] TopKeys =
    [
        "name", "backbone", "budgets", "flops_per_token", "flops_per_token_exponent", "depths", "depth_exponent", "expansions",
        "configurations", "sweep_widths", "batch_size", "eval_batches", "learning_rate", "warmup_fraction", "seed",
    ];

    private static readonly string[] BackboneKeys =
        ["routed_experts", "top_k", "shared_experts", "context_length", "query_heads", "kv_heads", "head_dim", "vocab_size", "dense_width_multiplier"];

    private static readonly string[] ConfigurationKeys = ["c", "m_over_na", "layers", "n_over_na", "d"];

    /// <summary>True when <paramref name="design"/> names a file rather than a built-in design.</summary>
    public static bool LooksLikeFile(string design) => File.Exists(design) ||
        design.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || design.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
        design.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || design.Contains('/') || design.Contains(Path.DirectorySeparatorChar);

    /// <summary>Reads, validates and plans the design in <paramref name="path"/>; <paramref name="seed"/>, when given, replaces its seed.</summary>
    public static LadderPlan Load(string path, ulong? seed = null)
    {
        if (!File.Exists(path)) throw new InvalidInputException("design file not found", path, "--design");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"cannot read the design file: {e.Message}", path, "--design");
        }
        return Plan(text, path, seed);
    }

    /// <summary>Parses and plans design text; <paramref name="source"/> names it in error messages.</summary>
    public static LadderPlan Plan(string text, string source, ulong? seed = null)
    {
        try
        {
            var design = Parse(text, source);
            if (seed is { } s) design = design with { Seed = s };
            return LadderPlanner.Plan(design);
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(source);
        }
    }

    /// <summary>The design the text describes, validated (not yet planned: <see cref="Plan"/> also checks every configuration is feasible).</summary>
    public static LadderDesign Parse(string text, string source)
    {
        var root = Root(text, source);
        var top = Fields(root, TopKeys, source, null);
        var backbone = Fields(Mapping(Required(top, "backbone", null), "backbone"), BackboneKeys, source, "backbone");
        var design = new LadderDesign
        {
            Name = Scalar(Required(top, "name", null), "name"),
            Backbone = new Seed001Backbone
            {
                RoutedExperts = Whole(Required(backbone, "routed_experts", "backbone"), "backbone.routed_experts", 1),
                TopK = Whole(Required(backbone, "top_k", "backbone"), "backbone.top_k", 1),
                SharedExperts = Whole(Required(backbone, "shared_experts", "backbone"), "backbone.shared_experts", 0),
                ContextLength = Whole(Required(backbone, "context_length", "backbone"), "backbone.context_length", 1),
                QueryHeads = Whole(Required(backbone, "query_heads", "backbone"), "backbone.query_heads", 1),
                KvHeads = Whole(Required(backbone, "kv_heads", "backbone"), "backbone.kv_heads", 1),
                HeadDim = Whole(Required(backbone, "head_dim", "backbone"), "backbone.head_dim", 1),
                VocabSize = Whole(Required(backbone, "vocab_size", "backbone"), "backbone.vocab_size", 1),
                DenseWidthMultiplier = backbone.TryGetValue("dense_width_multiplier", out var m) ? Whole(m, "backbone.dense_width_multiplier", 1) : 3,
            },
            Budgets = [],
            AnchorFlopsPerToken = Number(Required(top, "flops_per_token", null), "flops_per_token", positive: true),
            Depths = top.TryGetValue("depths", out var depths) ? List(depths, "depths").Select((n, i) => Whole(n, $"depths[{i}]", 1)).ToList() : [],
            Expansions = top.TryGetValue("expansions", out var expansions) ? List(expansions, "expansions").Select((n, i) => Number(n, $"expansions[{i}]", positive: true)).ToList() : [],
            SweepWidths = top.TryGetValue("sweep_widths", out var sweep) ? Whole(sweep, "sweep_widths", 1) : 4,
            BatchSize = Whole(Required(top, "batch_size", null), "batch_size", 1),
            EvalBatches = Whole(Required(top, "eval_batches", null), "eval_batches", 0),
            AnchorLearningRate = Number(Required(top, "learning_rate", null), "learning_rate", positive: true),
        };
        if (top.TryGetValue("flops_per_token_exponent", out var exponent)) design = design with { FlopsPerTokenExponent = Number(exponent, "flops_per_token_exponent", positive: true) };
        if (top.TryGetValue("depth_exponent", out var depthExponent)) design = design with { DepthExponent = Number(depthExponent, "depth_exponent", positive: false) };
        if (top.TryGetValue("warmup_fraction", out var warmup)) design = design with { WarmupFraction = Number(warmup, "warmup_fraction", positive: false) };
        if (top.TryGetValue("seed", out var seedNode)) design = design with { Seed = (ulong)Whole(seedNode, "seed", 0) };

        var rawConfigs = top.TryGetValue("configurations", out var configs)
            ? List(configs, "configurations").Select((n, i) => ReadConfiguration(n, i, source)).ToList()
            : null;
        var budgets = top.TryGetValue("budgets", out var budgetNode)
            ? List(budgetNode, "budgets").Select((n, i) => Number(n, $"budgets[{i}]", positive: true)).ToList()
            : rawConfigs?.Select(c => c.Budget).Distinct().Order().ToList()
              ?? throw new InvalidInputException("is missing (the budgets C of the grid; or list configurations, each with its c)", source, "budgets");
        design = design with { Budgets = budgets };
        if (rawConfigs is not null)
        {
            Preconditions.That(budgets.Count >= 1 && budgets[0] > 0, "budgets must be positive", "budgets");
            design = design with { Configurations = rawConfigs.Select((c, i) => Resolve(c, i, design)).ToList() };
        }
        return design.Validated();
    }

    private sealed record RawConfiguration(double Budget, double? FlopsPerActiveParam, int? Layers, double Expansion, IReadOnlyList<double>? Widths);

    private static RawConfiguration ReadConfiguration(YamlNode node, int index, string source)
    {
        var at = $"configurations[{index}]";
        var fields = Fields(Mapping(node, at), ConfigurationKeys, source, at);
        var hasX = fields.TryGetValue("m_over_na", out var x);
        var hasL = fields.TryGetValue("layers", out var l);
        if (hasX == hasL) throw new InvalidInputException(hasX ? "give m_over_na or layers, not both" : "needs m_over_na (x = M/N_a, at a whole L) or layers", field: at);
        IReadOnlyList<double>? widths = null;
        if (fields.TryGetValue("d", out var d))
            widths = d is YamlSequenceNode ? List(d, at + ".d").Select((w, i) => Number(w, $"{at}.d[{i}]", positive: true)).ToList() : [Number(d, at + ".d", positive: true)];
        return new RawConfiguration(Number(Required(fields, "c", at), at + ".c", positive: true), hasX ? Number(x!, at + ".m_over_na", positive: true) : null,
            hasL ? Whole(l!, at + ".layers", 1) : null, Number(Required(fields, "n_over_na", at), at + ".n_over_na", positive: true), widths);
    }

    /// <summary>x = M/N_a to a whole L at the configuration's budget: L = (M − 6M/x)/(6·S·N_q·d_qkv).</summary>
    private static LadderConfiguration Resolve(RawConfiguration c, int index, LadderDesign design)
    {
        var at = $"configurations[{index}]";
        if (c.Layers is { } layers) return new LadderConfiguration(c.Budget, layers, c.Expansion, c.Widths);
        var x = c.FlopsPerActiveParam!.Value;
        var m = design.FlopsPerTokenAt(c.Budget);
        if (!(x > 6)) throw new InvalidInputException($"M/N_a = {x} must be above 6 (6 FLOPs per active parameter, plus attention)", field: at + ".m_over_na");
        var real = (m - 6.0 * m / x) / design.AttentionFlopsPerLayer;
        var whole = (int)Math.Round(real, MidpointRounding.AwayFromZero);
        if (whole >= 1 && Math.Abs(real - whole) <= WholeLayersTolerance) return new LadderConfiguration(c.Budget, whole, c.Expansion, c.Widths);
        string XAt(int l) => (6.0 * m / (m - design.AttentionFlopsPerLayer * l)).ToString("0.####", CultureInfo.InvariantCulture);
        var below = Math.Max(1, (int)Math.Floor(real));
        throw new InvalidInputException(
            $"M/N_a = {x} gives no whole number of layers at C = {c.Budget:G4} (M = {m:0}: L = {real:0.###}); whole L at x = {XAt(below)} (L = {below}) or {XAt(below + 1)} (L = {below + 1}), or give layers",
            field: at + ".m_over_na");
    }

    private static YamlMappingNode Root(string text, string source) =>
        YamlRoot.Load(text, source, "design fields (name: …, backbone: …, configurations: …)");

    private static Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string[] keys, string source, string? at)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var field = at is null ? key : $"{at}.{key}";
            if (!keys.Contains(key))
            {
                var nearest = NearestName.Suggest(key, keys);
                throw new InvalidInputException($"unknown key{(nearest is null ? "" : $"; did you mean '{nearest}'?")} (valid keys: {string.Join(", ", keys)})",
                    source, field, keyNode.Start.Line);
            }
            if (!fields.TryAdd(key, value)) throw new InvalidInputException("given twice", source, field, keyNode.Start.Line);
        }
        return fields;
    }

    private static YamlNode Required(Dictionary<string, YamlNode> fields, string key, string? at) =>
        fields.TryGetValue(key, out var node) ? node : throw new InvalidInputException("is missing", field: at is null ? key : $"{at}.{key}");

    private static YamlMappingNode Mapping(YamlNode node, string field) =>
        node as YamlMappingNode ?? throw new InvalidInputException("must be a mapping of fields", field: field, row: node.Start.Line);

    private static IReadOnlyList<YamlNode> List(YamlNode node, string field) =>
        node is YamlSequenceNode sequence ? sequence.Children.ToList() : throw new InvalidInputException("must be a list", field: field, row: node.Start.Line);

    private static string Scalar(YamlNode node, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : throw new InvalidInputException("must be a single value", field: field, row: node.Start.Line);

    private static double Number(YamlNode node, string field, bool positive)
    {
        var text = Scalar(node, field);
        var value = text.ToLowerInvariant() switch
        {
            ".nan" or "nan" => double.NaN,
            ".inf" or "+.inf" or "-.inf" => double.PositiveInfinity,
            _ => double.TryParse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new InvalidInputException($"must be a number, got '{text}'", field: field, row: node.Start.Line),
        };
        if (!double.IsFinite(value) || value < 0 || (positive && value == 0))
            throw new InvalidInputException($"must be a finite number {(positive ? "> 0" : "≥ 0")}, got '{text}'", field: field, row: node.Start.Line);
        return value;
    }

    private static int Whole(YamlNode node, string field, int min)
    {
        var text = Scalar(node, field);
        return int.TryParse(text.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min
            ? v
            : throw new InvalidInputException($"must be a whole number ≥ {min}, got '{text}'", field: field, row: node.Start.Line);
    }
}
