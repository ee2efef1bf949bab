namespace MoeLab.Engine.Kernels;

/// <summary>Whether a row-major operand of a matrix product is used as stored or transposed.</summary>
public enum Transpose
{
    None,
    Transposed,
}
