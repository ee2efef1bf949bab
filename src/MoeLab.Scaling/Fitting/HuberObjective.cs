using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// The robust fitting objective: <c>Σᵢ wᵢ·Huber_δ(log Lᵢ − log L̂ᵢ(θ))</c>, Huber_δ(r) = r²/2 for |r| ≤ δ
/// and δ·(|r| − δ/2) beyond. Residuals are in log-loss, so δ = 10⁻³ (Hoffmann's choice) treats runs off by
/// more than about 0.1% in loss as outliers. Summed by default, as Hoffmann and Besiroglu et al. do; the mean
/// gives the same minimiser but a 1/n-scaled value and gradient, which changes when tolerances stop the
/// optimiser. Weights are bootstrap multiplicities (all 1 for a plain fit).
/// </summary>
public sealed class HuberObjective : IGradientObjective
{
    private readonly ILogLossModel _model;
    private readonly FitPoint[] _points;
    private readonly double[]? _weights;
    private readonly double _scale;
    private readonly bool _mean;
    private IBatchHuberModel? _batch;
    private FitColumns? _columns;

    public HuberObjective(ILogLossModel model, FitPoint[] points, double delta, bool mean = false, double[]? weights = null)
    {
        Preconditions.Positive(delta, "huber-delta");
        if (weights is not null && weights.Length != points.Length)
            throw new ArgumentException("one weight per point", nameof(weights));
        _model = model;
        _points = points;
        _weights = weights;
        Delta = delta;
        var totalWeight = weights?.Sum() ?? points.Length;
        _scale = mean ? 1.0 / totalWeight : 1.0;
        _mean = mean;
        _batch = model as IBatchHuberModel;
        if (_batch is not null) _columns = new FitColumns(points);
    }

    /// <summary>The same objective with the batch (fused-loop) path switched off, for cross-checking it.</summary>
    public HuberObjective PointWise() => new(_model, _points, Delta, _mean, _weights, batch: false);

    /// <summary>The same objective over the points at <paramref name="indices"/> (with their weights): a sample to screen starts on.</summary>
    public HuberObjective Subset(IReadOnlyList<int> indices) =>
        new(_model, [.. indices.Select(i => _points[i])], Delta, _mean, _weights is null ? null : [.. indices.Select(i => _weights[i])]);

    private HuberObjective(ILogLossModel model, FitPoint[] points, double delta, bool mean, double[]? weights, bool batch)
        : this(model, points, delta, mean, weights)
    {
        if (!batch) { _batch = null; _columns = null; }
    }

    public double Delta { get; }

    public ILogLossModel Model => _model;

    public int ParameterCount => _model.ParameterNames.Count;

    /// <summary>Runs the objective sums over.</summary>
    public int PointCount => _points.Length;

    /// <summary>Objective value; writes its gradient into <paramref name="gradient"/> (length = parameter count).</summary>
    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var k = gradient.Length;
        if (_batch is not null)
        {
            var value = _batch.HuberBatch(theta, _columns!, _weights, Delta, gradient);
            for (var j = 0; j < k; j++) gradient[j] *= _scale;
            return value * _scale;
        }
        Span<double> pointGradient = stackalloc double[k];
        gradient.Clear();
        var total = 0.0;
        for (var i = 0; i < _points.Length; i++)
        {
            var w = _weights is null ? 1.0 : _weights[i];
            if (w == 0) continue;
            var predicted = _model.LogLoss(theta, _points[i], pointGradient);
            var r = _points[i].LogLoss - predicted;
            var abs = Math.Abs(r);
            double value, psi;
            if (abs <= Delta) { value = 0.5 * r * r; psi = r; }
            else { value = Delta * (abs - 0.5 * Delta); psi = Math.CopySign(Delta, r); }
            total += w * value;
            // d/dθ Huber(obs − pred) = −ψ(r)·∂pred/∂θ
            var coefficient = -w * psi;
            for (var j = 0; j < k; j++) gradient[j] += coefficient * pointGradient[j];
        }
        for (var j = 0; j < k; j++) gradient[j] *= _scale;
        return total * _scale;
    }

    /// <summary>Residuals log Lᵢ − log L̂ᵢ(θ) for every point.</summary>
    public double[] Residuals(ReadOnlySpan<double> theta)
    {
        Span<double> scratch = stackalloc double[ParameterCount];
        var result = new double[_points.Length];
        for (var i = 0; i < _points.Length; i++) result[i] = _points[i].LogLoss - _model.LogLoss(theta, _points[i], scratch);
        return result;
    }
}
