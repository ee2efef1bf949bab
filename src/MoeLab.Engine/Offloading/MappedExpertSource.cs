using System.Buffers;
using System.Numerics.Tensors;
using MoeLab.Core.Validation;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Weights;
using ExpertMatrix = MoeLab.Engine.Inference.ExpertMatrix;

namespace MoeLab.Engine.Offloading;

/// <summary>How a <see cref="MappedExpertSource"/> maps its files, i.e. how much the kernel reads per fault.</summary>
public enum MappedAccess
{
    /// <summary>A plain mapping: nothing is read until touched; a fault reads with the kernel's default readahead.</summary>
    Lazy,
    /// <summary>MADV_RANDOM: a fault reads about one page, no readahead — reads track what the experts touch.</summary>
    Random,
    /// <summary>MAP_POPULATE then MADV_WILLNEED over the whole file, as llama.cpp does by default (its "prefetch"):
    /// the whole file is read at construction when it fits the page cache; on a cold cache, construction pays it all.</summary>
    Populate,
}

/// <summary>
/// The llama.cpp approach to experts that do not fit: map every safetensors file holding routed experts read-only
/// and shared, and hand the decoder views straight into the mapping. Nothing is copied or cached here; the kernel's
/// page cache decides what stays in RAM, a miss is a page fault in the middle of the expert's matmul, and eviction
/// is the kernel's LRU over all file pages. F32 matrices are served as <see cref="ReadOnlyMemory{T}"/> over the
/// mapped bytes (unaligned access is fine on x64 and Arm64). BF16 and F16 matrices are widened to float32 in
/// <see cref="Prepare"/> into a per-step scratch buffer: extra work (and a copy) that llama.cpp does not do, since it
/// computes in the file's type — so compare those timings with care. Counters: <see cref="ExpertsServed"/>,
/// <see cref="BytesServed"/> (file bytes of the served matrices) and <see cref="Faults"/> (the process's page-fault
/// delta; major faults are the device reads). Linux only; not thread-safe; views must not be used after
/// <see cref="Dispose"/> unmaps the files.
/// </summary>
public sealed unsafe class MappedExpertSource : IExpertSource, IDisposable
{
    private readonly MappedFile[] _files;
    private readonly Expert[][] _experts;
    private readonly int _count, _hd;
    private PageFaults? _faultsAtStart;

    // The step's widened matrices (BF16/F16 only): slot s holds W1, W3, W2 of _stepExperts[s], each h·d floats.
    private float[] _scratch = [];
    private int[] _stepExperts = [];
    private int _stepLayer = -1, _stepCount;
    private bool _disposed;

    public MappedExpertSource(ITensorSource weights, DecoderArchitecture architecture, MappedAccess access = MappedAccess.Lazy)
    {
        LibC.RequireLinux(nameof(MappedExpertSource));
        var a = architecture;
        var (d, h, e) = (a.ModelDim, a.ExpertHidden, a.Experts);
        var names = a.Names;
        _count = e;
        _hd = checked(h * d);
        Access = access;

        // Where each matrix lives, checked against the model's shapes before anything is mapped.
        var located = new (TensorInfo Info, long Offset, long Length)[a.Layers][][];
        for (var l = 0; l < a.Layers; l++)
        {
            if (!a.IsMoeLayer(l)) { located[l] = []; continue; }
            located[l] = new (TensorInfo, long, long)[e][];
            for (var j = 0; j < e; j++) located[l][j] = new (TensorInfo, long, long)[3];
            foreach (var m in (ReadOnlySpan<ExpertMatrix>)[ExpertMatrix.W1, ExpertMatrix.W3, ExpertMatrix.W2])
            {
                long[] one = m == ExpertMatrix.W2 ? [d, h] : [h, d];
                if (names.StackedExperts)
                {
                    var info = Locate(weights, names.Expert(l, 0, m), [e, .. one]);
                    var size = ElementSize(info, weights);
                    for (var j = 0; j < e; j++) located[l][j][(int)m] = (info, info.Offset + j * _hd * size, _hd * size);
                }
                else
                {
                    for (var j = 0; j < e; j++)
                    {
                        var info = Locate(weights, names.Expert(l, j, m), one);
                        located[l][j][(int)m] = (info, info.Offset, info.Length);
                    }
                }
            }
        }

        var paths = located.SelectMany(layer => layer.SelectMany(x => x)).Select(x => x.Info.File).Distinct(StringComparer.Ordinal).ToArray();
        var files = new List<MappedFile>();
        try
        {
            foreach (var path in paths) files.Add(MappedFile.Open(path, access, weights.Description));
            _files = [.. files];
        }
        catch
        {
            foreach (var f in files) f.Dispose();
            throw;
        }
        var byPath = _files.ToDictionary(f => f.Path, StringComparer.Ordinal);

        _experts = new Expert[a.Layers][];
        for (var l = 0; l < a.Layers; l++)
        {
            _experts[l] = new Expert[located[l].Length];
            for (var j = 0; j < located[l].Length; j++)
            {
                var mats = new Matrix[3];
                for (var m = 0; m < 3; m++)
                {
                    var (info, offset, length) = located[l][j][m];
                    var file = byPath[info.File];
                    if (offset < 0 || offset + length > file.Length)
                        throw new InvalidInputException($"bytes [{offset}, {offset + length}) lie outside the file ({file.Length} bytes)",
                            source: info.File, field: info.Name);
                    var address = file.Address + (nint)offset;
                    mats[m] = new Matrix(address, info.DType, length,
                        info.DType == "F32" ? new NativeFloats(address, _hd).Memory : default);
                }
                _experts[l][j] = new Expert(mats[0], mats[1], mats[2]);
            }
        }
        MappedBytes = _files.Sum(f => f.Length);
        _faultsAtStart = PageFaults.Current();
    }

    public MappedAccess Access { get; }

    /// <summary>The mapped files (those holding routed experts), e.g. to drop them from the page cache for a cold run.</summary>
    public IReadOnlyList<string> Files => _files.Select(f => f.Path).ToArray();

    /// <summary>Bytes of address space mapped (whole files, dense tensors included if they share a file).</summary>
    public long MappedBytes { get; }

    /// <summary>Routed experts prepared (one per expert per step) since construction or <see cref="ResetCounters"/>.</summary>
    public long ExpertsServed { get; private set; }

    /// <summary>File bytes of the matrices of <see cref="ExpertsServed"/> — what a copying runtime would have read
    /// on all-misses; the kernel reads only the pages not already cached.</summary>
    public long BytesServed { get; private set; }

    /// <summary>Floats widened from BF16/F16 into the scratch buffer (0 for F32 weights).</summary>
    public long WidenedValues { get; private set; }

    /// <summary>The process's page faults since construction or <see cref="ResetCounters"/> (null off Linux).
    /// Major faults are reads from the device; they include every thread's, not only the experts'.</summary>
    public PageFaults? Faults => PageFaults.Current() is { } now && _faultsAtStart is { } start ? now - start : null;

    public void ResetCounters()
    {
        ExpertsServed = BytesServed = WidenedValues = 0;
        _faultsAtStart = PageFaults.Current();
    }

    /// <summary>Bytes of the mapped files the page cache holds now (mincore over this source's own mappings).</summary>
    public long ResidentBytes()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _files.Sum(f => PageCache.ResidentBytes(f.Address, f.Length, f.Path));
    }

    public void Prepare(int layer, ReadOnlySpan<int> experts, ReadOnlySpan<float> hidden)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var j in experts) Check(layer, j);
        _stepLayer = layer;
        _stepCount = experts.Length;
        if (_stepExperts.Length < experts.Length) _stepExperts = new int[experts.Length];
        experts.CopyTo(_stepExperts);
        for (var s = 0; s < experts.Length; s++)
        {
            var x = _experts[layer][experts[s]];
            ExpertsServed++;
            BytesServed += x.W1.Bytes + x.W3.Bytes + x.W2.Bytes;
            if (x.AllF32) continue;
            var need = (long)experts.Length * 3 * _hd;
            if (_scratch.Length < need) _scratch = new float[need];
            Widen(x.W1, Slot(s, 0));
            Widen(x.W3, Slot(s, 1));
            Widen(x.W2, Slot(s, 2));
        }
    }

    public ExpertMatrices Get(int layer, int expert)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Check(layer, expert);
        var x = _experts[layer][expert];
        if (x.AllF32) return new ExpertMatrices(x.W1.View, x.W3.View, x.W2.View);
        var s = _stepLayer == layer ? Array.IndexOf(_stepExperts, expert, 0, _stepCount) : -1;
        if (s < 0) throw new InvalidOperationException($"layer {layer} expert {expert} is {x.W1.DType}/{x.W3.DType}/{x.W2.DType} and was not prepared this step");
        return new ExpertMatrices(Served(x.W1, s, 0), Served(x.W3, s, 1), Served(x.W2, s, 2));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var f in _files) f.Dispose();
    }

    private ReadOnlyMemory<float> Served(Matrix m, int slot, int which) => m.DType == "F32" ? m.View : Slot(slot, which);

    private Memory<float> Slot(int slot, int which) => _scratch.AsMemory((slot * 3 + which) * _hd, _hd);

    private void Widen(Matrix m, Memory<float> into)
    {
        var dst = into.Span;
        switch (m.DType)
        {
            case "F32":
                return;
            case "BF16":
                // bfloat16 is the top half of a float32: widening is a shift, exact.
                var bf = new ReadOnlySpan<ushort>((void*)m.Address, _hd);
                for (var i = 0; i < bf.Length; i++) dst[i] = BitConverter.UInt32BitsToSingle((uint)bf[i] << 16);
                break;
            case "F16":
                TensorPrimitives.ConvertToSingle(new ReadOnlySpan<Half>((void*)m.Address, _hd), dst);
                break;
        }
        WidenedValues += _hd;
    }

    private void Check(int layer, int expert)
    {
        if ((uint)layer >= (uint)_experts.Length || _experts[layer].Length == 0)
            throw new InvalidInputException($"layer {layer} has no routed experts", field: "layer");
        if ((uint)expert >= (uint)_count)
            throw new InvalidInputException($"expert {expert} outside [0, {_count})", field: $"layer {layer} expert");
    }

    private static TensorInfo Locate(ITensorSource weights, string name, long[] shape)
    {
        if (!weights.Contains(name)) throw new InvalidInputException("tensor missing", source: weights.Description, field: name);
        var info = weights.Info(name);
        if (!info.Shape.SequenceEqual(shape))
            throw new InvalidInputException($"shape [{string.Join(",", info.Shape)}] does not match the model's [{string.Join(",", shape)}]",
                source: info.File, field: name);
        var size = ElementSize(info, weights);
        if (info.Length != info.ElementCount * size)
            throw new InvalidInputException($"{info.Length} bytes for {info.ElementCount} {info.DType} values", source: info.File, field: name);
        if (!File.Exists(info.File))
            throw new InvalidInputException($"tensor is not in a file on disk ('{info.File}'); mmap needs file-backed weights",
                source: weights.Description, field: name);
        return info;
    }

    private static long ElementSize(TensorInfo info, ITensorSource weights) => info.DType switch
    {
        "F32" => 4,
        "BF16" or "F16" => 2,
        _ => throw new InvalidInputException($"dtype {info.DType} is not supported for mapped experts (F32, BF16, F16)",
            source: weights.Description, field: info.Name),
    };

    private readonly record struct Matrix(nint Address, string DType, long Bytes, ReadOnlyMemory<float> View);

    private readonly record struct Expert(Matrix W1, Matrix W3, Matrix W2)
    {
        public bool AllF32 => W1.DType == "F32" && W3.DType == "F32" && W2.DType == "F32";
    }

    /// <summary>One file mapped whole, PROT_READ and MAP_SHARED, with the access hint applied.</summary>
    private sealed class MappedFile : IDisposable
    {
        private MappedFile(string path, nint address, long length) => (Path, Address, Length) = (path, address, length);

        public string Path { get; }
        public nint Address { get; private set; }
        public long Length { get; }

        public static MappedFile Open(string path, MappedAccess access, string description)
        {
            var flags = LibC.MapShared | (access == MappedAccess.Populate ? LibC.MapPopulate : 0);
            (nint Address, long Length) map;
            try
            {
                map = LibC.MapWholeFile(path, flags);
            }
            catch (IOException ex)
            {
                throw new InvalidInputException(ex.Message, source: description, field: path);
            }
            var file = new MappedFile(path, map.Address, map.Length);
            var advice = access switch
            {
                MappedAccess.Random => LibC.MadvRandom,
                MappedAccess.Populate => LibC.MadvWillNeed,
                _ => LibC.MadvNormal,
            };
            // Advice is a hint: a kernel that refuses it still serves the mapping, so a failure is not an error.
            if (map.Length > 0 && advice != LibC.MadvNormal) _ = LibC.Madvise(map.Address, (nuint)map.Length, advice);
            return file;
        }

        public void Dispose()
        {
            if (Address == 0) return;
            _ = LibC.Munmap(Address, (nuint)Length);
            Address = 0;
        }
    }
}
