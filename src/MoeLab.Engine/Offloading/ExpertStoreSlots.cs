using MoeLab.Engine.Inference;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// The runtime's fast memory: <see cref="SlotCount"/> slots preallocated from an <see cref="ExpertStore"/> (each
/// <see cref="ExpertStore.SlotBytes"/>, 4 KiB-aligned for direct reads) and filled by it. Pages are touched once up
/// front, so the resident footprint is the whole budget from the first token and no read pays a page fault.
/// </summary>
public sealed class ExpertStoreSlots : IExpertSlotReader, IDisposable
{
    private readonly ExpertStore _store;
    private readonly ExpertSlot[] _slots;
    private readonly ExpertMatrices?[] _views;

    public ExpertStoreSlots(ExpertStore store, int slots)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        _store = store;
        _slots = new ExpertSlot[slots];
        _views = new ExpertMatrices?[slots];
        for (var i = 0; i < slots; i++)
        {
            _slots[i] = store.AllocateSlot();
            _slots[i].Touch();
        }
    }

    public int SlotCount => _slots.Length;
    public string IoMode => string.Join("; ", _store.Modes.Values.Distinct());
    public long TotalBytes => _slots.Length * _store.SlotBytes;

    public ExpertReadCost Read(int layer, int expert, int slot)
    {
        _views[slot] = null;
        var r = _store.ReadExpert(layer, expert, _slots[slot]);
        return new ExpertReadCost(r.BytesRead, r.ReadsIssued, r.Seconds);
    }

    public ExpertMatrices View(int slot) => _views[slot] ??= _slots[slot].Matrices;

    public void Dispose()
    {
        foreach (var s in _slots) s?.Dispose();
    }
}
