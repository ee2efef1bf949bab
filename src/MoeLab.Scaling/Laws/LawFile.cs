using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Laws;

/// <summary>
/// A fitted (or published) law on disk, the hand-off between <c>moelab fit</c> and <c>moelab plan</c>:
/// <code>
/// { "format": "moelab-law", "version": 1, "form": "chinchilla",
///   "parameters": { "E": 1.817, "A": 477.8, ... },
///   "expression": "...",            // form "expression" only
///   "variable": "N",                // form "kaplan" only: N, D or C
///   "saturation": { "E_start": 1, "E_max": 300 },   // form "ludziejewski2025" only
///   "bounds": { "alpha": { "lower": 0, "upper": 2 } },
///   "provenance": { "data": "runs.csv", ... }, "diagnostics": { "objective": ..., ... } }
/// </code>
/// Unknown forms and missing parameters are <see cref="InvalidInputException"/>s naming the field.
/// </summary>
public sealed record LawFile(
    string Form,
    IReadOnlyList<KeyValuePair<string, double>> Parameters,
    string? Expression = null,
    string? Variable = null,
    ClarkExpertSaturation? Saturation = null,
    IReadOnlyDictionary<string, (double? Lower, double? Upper)>? Bounds = null,
    IReadOnlyDictionary<string, string>? Provenance = null,
    JsonObject? Diagnostics = null)
{
    public const string FormatName = "moelab-law";
    public const int CurrentVersion = 1;

    public static LawFile FromLaw(IScalingLaw law, IReadOnlyDictionary<string, string>? provenance = null, JsonObject? diagnostics = null,
        IReadOnlyDictionary<string, (double? Lower, double? Upper)>? bounds = null)
    {
        var parameters = law.Parameters.ToList();
        return law switch
        {
            ExpressionLaw e => new LawFile(e.FormName, parameters, Expression: e.Expression, Bounds: bounds, Provenance: provenance, Diagnostics: diagnostics),
            KaplanPowerLaw k => new LawFile(k.FormName, parameters, Variable: k.Variable switch
            {
                PowerLawVariable.ParamsN => "N", PowerLawVariable.TokensD => "D", _ => "C",
            }, Bounds: bounds, Provenance: provenance, Diagnostics: diagnostics),
            JointMoeLaw j => new LawFile(j.FormName, parameters.Where(p => p.Key is not ("E_start" or "E_max")).ToList(),
                Saturation: j.Saturation, Bounds: bounds, Provenance: provenance, Diagnostics: diagnostics),
            _ => new LawFile(law.FormName, parameters, Bounds: bounds, Provenance: provenance, Diagnostics: diagnostics),
        };
    }

    /// <summary>Builds the law this file describes.</summary>
    public IScalingLaw ToLaw()
    {
        double P(string name) => Parameters.FirstOrDefault(p => p.Key == name) is { Key: not null } kv
            ? kv.Value
            : throw new InvalidInputException($"missing parameter '{name}' for form '{Form}'", field: $"parameters.{name}");
        return Form switch
        {
            ChinchillaLaw.Form => new ChinchillaLaw(P("E"), P("A"), P("B"), P("alpha"), P("beta")),
            KaplanPowerLaw.Form => new KaplanPowerLaw(Variable switch
            {
                "N" => PowerLawVariable.ParamsN, "D" => PowerLawVariable.TokensD, "C" => PowerLawVariable.ComputeC,
                _ => throw new InvalidInputException($"'variable' must be N, D or C for a kaplan law, got '{Variable}'", field: "variable"),
            }, P("x_c"), P("alpha")),
            FineGrainedMoeLaw.Form => new FineGrainedMoeLaw(P("c"), P("g"), P("gamma"), P("a"), P("alpha"), P("b"), P("beta")),
            JointMoeLaw.Form => new JointMoeLaw(P("a"), P("alpha"), P("delta"), P("gamma"), P("b"), P("beta"), P("omega"), P("zeta"), P("c"),
                Saturation ?? throw new InvalidInputException("a ludziejewski2025 law needs 'saturation' {E_start, E_max}", field: "saturation")),
            ExpressionLaw.Form => new ExpressionLaw(Expression ?? throw new InvalidInputException("an expression law needs 'expression'", field: "expression"), Parameters),
            _ => throw new InvalidInputException(
                $"unknown form '{Form}'; known: {ChinchillaLaw.Form}, {KaplanPowerLaw.Form}, {FineGrainedMoeLaw.Form}, {JointMoeLaw.Form}, {ExpressionLaw.Form}", field: "form"),
        };
    }

    public JsonObject ToJson()
    {
        var parameters = new JsonObject();
        foreach (var p in Parameters) parameters[p.Key] = p.Value;
        var json = new JsonObject
        {
            ["format"] = FormatName,
            ["version"] = CurrentVersion,
            ["form"] = Form,
            ["parameters"] = parameters,
        };
        if (Expression is not null) json["expression"] = Expression;
        if (Variable is not null) json["variable"] = Variable;
        if (Saturation is not null) json["saturation"] = new JsonObject { ["E_start"] = Saturation.ExpertsStart, ["E_max"] = Saturation.ExpertsMax };
        if (Bounds is { Count: > 0 })
        {
            var bounds = new JsonObject();
            foreach (var (name, (lo, hi)) in Bounds)
            {
                var b = new JsonObject();
                if (lo is { } l) b["lower"] = l;
                if (hi is { } h) b["upper"] = h;
                bounds[name] = b;
            }
            json["bounds"] = bounds;
        }
        if (Provenance is not null)
        {
            var prov = new JsonObject();
            foreach (var (k, v) in Provenance) prov[k] = v;
            json["provenance"] = prov;
        }
        if (Diagnostics is not null) json["diagnostics"] = Diagnostics.DeepClone();
        return json;
    }

    public void Save(string path) =>
        OutputFile.At(path).WriteAllText(ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    public static LawFile Load(string path) => Data.JsonInputFile.Read(path, "law file", Parse);

    public static LawFile Parse(JsonObject obj)
    {
        try
        {
            return ParseFields(obj);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // JsonNode.GetValue throws these for a value of the wrong JSON type.
            throw new InvalidInputException($"a field has the wrong type: {e.Message}");
        }
    }

    private static LawFile ParseFields(JsonObject obj)
    {
        if (obj["format"]?.GetValue<string>() is { } format && format != FormatName)
            throw new InvalidInputException($"expected format '{FormatName}', got '{format}'", field: "format");
        var version = obj["version"]?.GetValue<int>() ?? CurrentVersion;
        if (version > CurrentVersion)
            throw new InvalidInputException($"law file version {version} is newer than this moelab understands ({CurrentVersion})", field: "version");
        var form = obj["form"]?.GetValue<string>() ?? throw new InvalidInputException("missing 'form'", field: "form");
        if (obj["parameters"] is not JsonObject parameters) throw new InvalidInputException("missing 'parameters' object", field: "parameters");
        var list = new List<KeyValuePair<string, double>>();
        foreach (var (name, value) in parameters)
        {
            if (value is not JsonValue v || !v.TryGetValue<double>(out var d) || !double.IsFinite(d))
                throw new InvalidInputException("must be a finite number", field: $"parameters.{name}");
            list.Add(new(name, d));
        }
        ClarkExpertSaturation? saturation = null;
        if (obj["saturation"] is JsonObject s)
            saturation = new ClarkExpertSaturation(
                Preconditions.Positive(s["E_start"]?.GetValue<double>() ?? double.NaN, "saturation.E_start"),
                Preconditions.Positive(s["E_max"]?.GetValue<double>() ?? double.NaN, "saturation.E_max"));
        Dictionary<string, (double?, double?)>? bounds = null;
        if (obj["bounds"] is JsonObject b)
        {
            bounds = [];
            foreach (var (name, value) in b)
                bounds[name] = (value?["lower"]?.GetValue<double>(), value?["upper"]?.GetValue<double>());
        }
        Dictionary<string, string>? provenance = null;
        if (obj["provenance"] is JsonObject p)
        {
            provenance = [];
            foreach (var (k, v) in p) provenance[k] = v?.ToString() ?? "";
        }
        var file = new LawFile(form, list, obj["expression"]?.GetValue<string>(), obj["variable"]?.GetValue<string>(), saturation, bounds,
            provenance, obj["diagnostics"]?.DeepClone() as JsonObject);
        file.ToLaw(); // validates the form and its parameters now, not at first use
        return file;
    }
}
