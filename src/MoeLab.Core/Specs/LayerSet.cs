using System.Collections.Immutable;

namespace MoeLab.Core.Specs;

/// <summary>
/// A set of layer indices (0-based) described the way configs describe them, so that counting members is
/// O(1) for the regular patterns the planner enumerates: either an explicit list, or every layer
/// <c>i ≥ <see cref="Start"/></c> with <c>i mod <see cref="Period"/> = <see cref="Offset"/></c>, minus
/// <see cref="Except"/>. Examples: DeepSeek "first 3 dense" → MoE layers <c>FromLayer(3)</c>; Qwen2
/// <c>decoder_sparse_step = 2</c> → <c>Every(2, offset: 1)</c>; Jamba experts at odd layers → <c>Every(2, 1)</c>.
/// </summary>
public sealed record LayerSet
{
    /// <summary>Members are only layers with index ≥ Start (pattern form).</summary>
    public int Start { get; init; }

    /// <summary>Pattern period (≥ 1).</summary>
    public int Period
    {
        get;
        init { field = value; Derive(); }
    } = 1;

    /// <summary>Members satisfy <c>i mod Period = Offset</c> (pattern form).</summary>
    public int Offset { get; init; }

    /// <summary>Layers removed from the pattern (e.g. Qwen's <c>mlp_only_layers</c>).</summary>
    public ImmutableArray<int> Except
    {
        get;
        init { field = value; Derive(); }
    } = [];

    /// <summary>When set, exactly these layers (sorted, distinct) and the pattern fields are ignored.</summary>
    public ImmutableArray<int>? Explicit
    {
        get;
        init { field = value; Derive(); }
    }

    // "Every layer from Start on" is the planner's hot case. Knowing it from one flag keeps Count branch-only:
    // ImmutableArray's IsDefaultOrEmpty is a call the JIT does not inline across assemblies.
    private bool _everyLayerFromStart = true;

    private void Derive() => _everyLayerFromStart = Period == 1 && Explicit is null && Except.IsDefaultOrEmpty;

    public static readonly LayerSet All = new();
    public static readonly LayerSet None = new() { Explicit = [] };

    /// <summary>Every layer from index <paramref name="start"/> on ("first k dense" in DeepSeek terms).</summary>
    public static LayerSet FromLayer(int start) => new() { Start = start };

    /// <summary>Layers with <c>i mod period = offset</c>, optionally only from <paramref name="start"/>.</summary>
    public static LayerSet Every(int period, int offset = 0, int start = 0) => new() { Period = period, Offset = offset, Start = start };

    /// <summary>Exactly the listed layers.</summary>
    public static LayerSet Only(IEnumerable<int> layers) => new() { Explicit = [.. layers.Distinct().Order()] };

    public bool IsExplicit => Explicit is not null;

    public bool Contains(int layer)
    {
        if (Explicit is { } list) return list.BinarySearch(layer) >= 0;
        return layer >= Start && layer % Period == Offset && !Except.Contains(layer);
    }

    /// <summary>How many of the layers 0..layers−1 are members, without enumerating them for patterns.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Count(int layers)
    {
        // The common "every layer from Start on" pattern needs no division (the planner's hot path); inlined.
        if (_everyLayerFromStart) return Math.Max(0, layers - Math.Max(0, Start));
        return CountSlow(layers);
    }

    private int CountSlow(int layers)
    {
        if (layers <= 0) return 0;
        if (Explicit is { } list)
        {
            var n = 0;
            foreach (var i in list) if (i >= 0 && i < layers) n++;
            return n;
        }
        var count = PatternCount(layers);
        if (!Except.IsDefaultOrEmpty)
            foreach (var i in Except)
                if (i >= 0 && i < layers && i >= Start && i % Period == Offset) count--;
        return count;
    }

    private int PatternCount(int layers)
    {
        // Members are Start' + Offset' + j·Period where Start' is the first index ≥ Start with the right residue.
        // In 64 bits: Start near int.MaxValue plus the residue step would wrap to a negative first index.
        var first = Start + ((Offset - (long)Start % Period) % Period + Period) % Period;
        return first >= layers ? 0 : (int)((layers - 1 - first) / Period + 1);
    }

    /// <summary>The member indices among 0..layers−1, in order.</summary>
    public IEnumerable<int> Members(int layers)
    {
        for (var i = 0; i < layers; i++)
            if (Contains(i)) yield return i;
    }

    public bool Equals(LayerSet? other) =>
        other is not null && Start == other.Start && Period == other.Period && Offset == other.Offset
        && Except.SequenceEqual(other.Except)
        && (Explicit is null ? other.Explicit is null : other.Explicit is not null && Explicit.Value.SequenceEqual(other.Explicit.Value));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Start); hash.Add(Period); hash.Add(Offset);
        foreach (var i in Except) hash.Add(i);
        hash.Add(Explicit is null);
        if (Explicit is { } list) foreach (var i in list) hash.Add(i);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        Explicit is { } list ? (list.Length == 0 ? "none" : $"[{string.Join(",", list)}]")
        : $"i≥{Start}" + (Period > 1 ? $", i mod {Period} = {Offset}" : "") + (Except.Length > 0 ? $", except [{string.Join(",", Except)}]" : "");
}
