using MoeLab.Core.Specs;

namespace MoeLab.Core.Import;

/// <summary>Where a spec came from.</summary>
public enum ModelSourceKind
{
    /// <summary>A bare Hugging Face config.json.</summary>
    HuggingFaceConfig,
    /// <summary>A reference-data wrapper (name, config, published figures, notes), as in data/models.</summary>
    ReferenceWrapper,
    /// <summary>MoeLab's own spec JSON (<see cref="MoeSpecJson"/>).</summary>
    MoeLabSpec,
    /// <summary>A checkpoint `moelab train` wrote: the shape from the config in its safetensors metadata.</summary>
    EngineCheckpoint,
}

/// <summary>The vendor's published counts as worded in the reference data (free text such as "671B (main model)").</summary>
public sealed record PublishedFigures(string? TotalParams, string? ActiveParams, string? CountsSource, string? Notes, string? ConfigSource);

/// <summary>A spec together with its provenance and, when known, the vendor's published figures.</summary>
/// <param name="Spec">The validated spec.</param>
/// <param name="Source">The file path, or <c>preset:NAME</c>.</param>
/// <param name="Kind">What kind of file the spec was read from.</param>
/// <param name="ModelType">The Hugging Face model_type (null for MoeLab spec files).</param>
/// <param name="Published">Vendor figures from a reference wrapper; null otherwise.</param>
public sealed record ImportedModel(MoeSpec Spec, string Source, ModelSourceKind Kind, string? ModelType, PublishedFigures? Published);
