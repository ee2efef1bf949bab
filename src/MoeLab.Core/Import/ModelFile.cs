namespace MoeLab.Core.Import;

/// <summary>
/// Reads any model file MoeLab accepts: MoeLab spec JSON (recognised by <c>moelab_spec_version</c>), a
/// reference-data wrapper (an object with a <c>config</c> member), or a bare Hugging Face config.json.
/// </summary>
public static class ModelFile
{
    public static ImportedModel Read(string path) => Parse(JsonFields.ReadFile(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Parses already-loaded JSON text; <paramref name="source"/> names it in messages.</summary>
    public static ImportedModel Parse(string text, string source, string defaultName) => Parse(JsonFields.ParseObject(text, source), defaultName);

    private static ImportedModel Parse(JsonFields root, string defaultName)
    {
        if (MoeSpecJson.IsSpec(root.Json))
        {
            var spec = MoeSpecJson.Read(root);
            if (spec.Name.Length == 0) spec = spec with { Name = defaultName };
            return new ImportedModel(spec, root.Source, ModelSourceKind.MoeLabSpec, null, null);
        }
        if (root.OptionalObject("config") is { } config)
        {
            var name = root.StringOr(null, "name") ?? defaultName;
            var spec = HuggingFaceConfigImporter.Import(config, name);
            var published = new PublishedFigures(
                root.StringOr(null, "published_total_params"), root.StringOr(null, "published_active_params"),
                root.StringOr(null, "counts_source"), root.StringOr(null, "notes"), root.StringOr(null, "config_source"));
            return new ImportedModel(spec, root.Source, ModelSourceKind.ReferenceWrapper, ModelTypeOf(config), published);
        }
        var hf = HuggingFaceConfigImporter.Import(root, defaultName);
        return new ImportedModel(hf, root.Source, ModelSourceKind.HuggingFaceConfig, ModelTypeOf(root), null);
    }

    private static string? ModelTypeOf(JsonFields config) =>
        config.StringOr(null, "model_type") ?? (config.Has("emb_size") ? "grok-1" : null);
}
