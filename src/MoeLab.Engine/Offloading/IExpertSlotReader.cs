using MoeLab.Engine.Inference;

namespace MoeLab.Engine.Offloading;

/// <summary>What one expert read cost: bytes moved from the device, read calls issued, and wall time inside them.</summary>
public readonly record struct ExpertReadCost(long Bytes, int Reads, double Seconds);

/// <summary>
/// The expert cache's fast memory as the runtime sees it: a fixed number of preallocated slots, each holding one
/// routed expert, filled from slow storage. Must be safe to call from several I/O threads at once for different slots.
/// </summary>
public interface IExpertSlotReader
{
    int SlotCount { get; }

    /// <summary>How reads reach the device, e.g. "O_DIRECT" or a fallback with its reason.</summary>
    string IoMode { get; }

    /// <summary>Fast memory held by all slots, in bytes.</summary>
    long TotalBytes { get; }

    /// <summary>Reads expert <paramref name="expert"/> of decoder layer <paramref name="layer"/> into <paramref name="slot"/>.</summary>
    ExpertReadCost Read(int layer, int expert, int slot);

    /// <summary>The matrices the slot holds since its last read; valid until the next read into it.</summary>
    ExpertMatrices View(int slot);
}
