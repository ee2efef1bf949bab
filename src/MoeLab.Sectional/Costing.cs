namespace MoeLab.Sectional;

/// <summary>The two ways MoeLab costs a sectional layer; every result says which one it is.</summary>
public enum Costing
{
    /// <summary>All work added up, as if one device ran every section in turn (device-seconds, energy, cost).</summary>
    TotalWork,

    /// <summary>Wall-clock time with the E sections on E devices in parallel: shared parts + one section.</summary>
    CriticalPath,
}
