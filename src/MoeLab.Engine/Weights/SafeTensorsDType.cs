using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MoeLab.Engine.Weights;

/// <summary>
/// The safetensors dtype strings, their element sizes, and the conversions between float32 and the two 16-bit
/// float formats weights ship in. Little-endian throughout, as the format requires.
/// </summary>
public static class SafeTensorsDType
{
    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["F64"] = 8, ["F32"] = 4, ["F16"] = 2, ["BF16"] = 2, ["F8_E4M3"] = 1, ["F8_E5M2"] = 1,
        ["I64"] = 8, ["I32"] = 4, ["I16"] = 2, ["I8"] = 1, ["U64"] = 8, ["U32"] = 4, ["U16"] = 2, ["U8"] = 1, ["BOOL"] = 1,
    };

    public static bool IsKnown(string dtype) => Sizes.ContainsKey(dtype);

    /// <summary>Bytes per element; throws for an unknown dtype (callers validate with <see cref="IsKnown"/> first).</summary>
    public static int ElementSize(string dtype) => Sizes[dtype];

    /// <summary>Whether <see cref="ToFloat32"/> can widen this dtype.</summary>
    public static bool IsFloatReadable(string dtype) => dtype is "F32" or "BF16" or "F16";

    /// <summary>Widens <paramref name="source"/> (elements of <paramref name="dtype"/>) into <paramref name="destination"/>.</summary>
    public static void ToFloat32(string dtype, ReadOnlySpan<byte> source, Span<float> destination)
    {
        switch (dtype)
        {
            case "F32":
                MemoryMarshal.Cast<byte, float>(source)[..destination.Length].CopyTo(destination);
                break;
            case "BF16":
            {
                var halves = MemoryMarshal.Cast<byte, ushort>(source);
                var bits = MemoryMarshal.Cast<float, uint>(destination);
                // bf16 is the top half of a float32, so widening is a shift; no rounding involved. Vectorised because
                // it runs on every streamed bf16 expert and the scalar loop was slower than the disk.
                var i = 0;
                if (Vector256.IsHardwareAccelerated)
                    for (; i + Vector256<ushort>.Count <= bits.Length; i += Vector256<ushort>.Count)
                    {
                        var (lo, hi) = Vector256.Widen(Vector256.Create<ushort>(halves.Slice(i, Vector256<ushort>.Count)));
                        (lo << 16).CopyTo(bits[i..]);
                        (hi << 16).CopyTo(bits[(i + Vector256<uint>.Count)..]);
                    }
                for (; i < bits.Length; i++) bits[i] = (uint)halves[i] << 16;
                break;
            }
            case "F16":
            {
                var halves = MemoryMarshal.Cast<byte, Half>(source);
                for (var i = 0; i < destination.Length; i++) destination[i] = (float)halves[i];
                break;
            }
            default:
                throw new NotSupportedException($"cannot widen {dtype} to float32");
        }
    }

    /// <summary>Round-to-nearest-even float32 → bf16, the rounding PyTorch's <c>.to(torch.bfloat16)</c> applies.</summary>
    public static ushort ToBf16(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        if (float.IsNaN(value)) return (ushort)((bits >> 16) | 0x40);
        return (ushort)((bits + 0x7FFFu + ((bits >> 16) & 1u)) >> 16);
    }

    /// <summary>Encodes float32 values as <paramref name="dtype"/> (F32 or BF16) into <paramref name="destination"/>.</summary>
    public static void FromFloat32(string dtype, ReadOnlySpan<float> source, Span<byte> destination)
    {
        switch (dtype)
        {
            case "F32":
                MemoryMarshal.AsBytes(source).CopyTo(destination);
                break;
            case "BF16":
                for (var i = 0; i < source.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(destination[(2 * i)..], ToBf16(source[i]));
                break;
            case "F16":
                for (var i = 0; i < source.Length; i++) BinaryPrimitives.WriteHalfLittleEndian(destination[(2 * i)..], (Half)source[i]);
                break;
            default:
                throw new NotSupportedException($"cannot encode float32 as {dtype}");
        }
    }
}
