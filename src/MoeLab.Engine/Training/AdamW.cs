using System.Numerics;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>AdamW hyper-parameters (decoupled weight decay, applied to matrices only).</summary>
public sealed record AdamWSettings(double Beta1 = 0.9, double Beta2 = 0.95, double Epsilon = 1e-8, double WeightDecay = 0.1);

/// <summary>
/// AdamW over the flat parameter array: one loop, with the two moment arrays laid out exactly like the parameters
/// (so a checkpoint stores them under the parameters' names).
/// </summary>
public sealed class AdamW<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    public AdamW(ParameterLayout layout, AdamWSettings settings)
    {
        Layout = layout;
        Settings = settings;
        FirstMoment = new T[layout.TotalParameters];
        SecondMoment = new T[layout.TotalParameters];
        _chunks = ChunksOf(layout);
    }

    public ParameterLayout Layout { get; }
    public AdamWSettings Settings { get; }
    public T[] FirstMoment { get; }
    public T[] SecondMoment { get; }
    /// <summary>Updates taken so far (bias correction uses it).</summary>
    public long Step { get; set; }

    public void Update(T[] parameters, T[] gradients, double learningRate, double gradientScale = 1.0)
    {
        Step++;
        var s = Settings;
        var body = new Chunks
        {
            B1 = T.CreateChecked(s.Beta1),
            B2 = T.CreateChecked(s.Beta2),
            Correction1 = T.CreateChecked(1 - Math.Pow(s.Beta1, Step)),
            Correction2 = T.CreateChecked(1 - Math.Pow(s.Beta2, Step)),
            Lr = T.CreateChecked(learningRate),
            Eps = T.CreateChecked(s.Epsilon),
            Scale = T.CreateChecked(gradientScale),
            Decay = T.CreateChecked(s.WeightDecay),
        };
        if (parameters.Length != Layout.TotalParameters || gradients.Length != Layout.TotalParameters)
            throw new ArgumentException($"AdamW over {Layout.TotalParameters} parameters got arrays of {parameters.Length} and {gradients.Length}");
        unsafe
        {
            fixed (T* p = parameters) fixed (T* g = gradients) fixed (T* m = FirstMoment) fixed (T* v = SecondMoment)
            fixed (Chunk* chunks = _chunks)
            {
                body.P = p; body.G = g; body.M = m; body.V = v; body.Table = chunks;
                WorkerTeam.For(_chunks.Length, ref body);
            }
        }
    }

    /// <summary>Most elements one parallel task updates; a slot larger than this is cut into several chunks.</summary>
    private const int ChunkElements = 1 << 15;

    /// <summary>The parameter array cut into chunks inside slots, each knowing whether its slot decays.</summary>
    private readonly Chunk[] _chunks;

    private readonly record struct Chunk(long Offset, int Length, bool Decays);

    private static Chunk[] ChunksOf(ParameterLayout layout)
    {
        var chunks = new List<Chunk>();
        foreach (var slot in layout.Slots)
            for (long done = 0; done < slot.Length; done += ChunkElements)
                chunks.Add(new Chunk(slot.Offset + done, (int)Math.Min(ChunkElements, slot.Length - done), slot.DecaysWeights));
        return [.. chunks];
    }

    /// <summary>
    /// One chunk's update. Elementwise, so chunks are independent and the result is the same whichever thread runs which;
    /// Vector&lt;T&gt; lanes apply exactly the scalar loop's operations in the same order (no fused multiply-add), so the
    /// update is bit-identical to the scalar one, only several elements at a time.
    /// </summary>
    private unsafe struct Chunks : IIndexedWork
    {
        public T* P, G, M, V;
        public Chunk* Table;
        public T B1, B2, Correction1, Correction2, Lr, Eps, Scale, Decay;

        public readonly void Run(int index)
        {
            var chunk = Table[index];
            var decay = chunk.Decays ? Decay : T.Zero;
            T* p = P + chunk.Offset, g = G + chunk.Offset, m = M + chunk.Offset, v = V + chunk.Offset;
            var (b1, b2, oneMinusB1, oneMinusB2) = (B1, B2, T.One - B1, T.One - B2);
            var n = chunk.Length;
            var w = Vector<T>.Count;
            var i = 0;
            if (n >= w)
            {
                var (vb1, vb2, v1b1, v1b2) = (new Vector<T>(b1), new Vector<T>(b2), new Vector<T>(oneMinusB1), new Vector<T>(oneMinusB2));
                var (vc1, vc2, vlr, veps, vscale, vdecay) = (new Vector<T>(Correction1), new Vector<T>(Correction2), new Vector<T>(Lr),
                    new Vector<T>(Eps), new Vector<T>(Scale), new Vector<T>(decay));
                for (; i + w <= n; i += w)
                {
                    var grad = Vector.Load(g + i) * vscale;
                    var mi = vb1 * Vector.Load(m + i) + v1b1 * grad;
                    var vi = vb2 * Vector.Load(v + i) + v1b2 * grad * grad;
                    mi.Store(m + i);
                    vi.Store(v + i);
                    var pi = Vector.Load(p + i);
                    (pi - vlr * (mi / vc1 / (Vector.SquareRoot(vi / vc2) + veps) + vdecay * pi)).Store(p + i);
                }
            }
            for (; i < n; i++)
            {
                var grad = g[i] * Scale;
                m[i] = b1 * m[i] + oneMinusB1 * grad;
                v[i] = b2 * v[i] + oneMinusB2 * grad * grad;
                var mHat = m[i] / Correction1;
                var vHat = v[i] / Correction2;
                p[i] -= Lr * (mHat / (T.Sqrt(vHat) + Eps) + decay * p[i]);
            }
        }
    }
}
