namespace MoeLab.Engine.Training;

/// <summary>One optimiser step: its losses (averaged over micro-batches), learning rate and pre-clip gradient norm.</summary>
public sealed record StepRecord(
    int Step, double LearningRate, double Loss, double CrossEntropy, double LoadBalance, double RouterZ,
    double GradientNorm, long TokensSeen, double ElapsedSeconds, double Flops);

/// <summary>Validation result: mean cross-entropy over fixed windows, its precision, and what it means for bytes.</summary>
/// <param name="Loss">Mean next-byte cross-entropy over the evaluated tokens, nats.</param>
/// <param name="StandardError">Standard error of <paramref name="Loss"/>, nats: the sample standard deviation of the per-window losses over √windows (NaN for one window).</param>
/// <param name="Windows">Validation windows scored.</param>
/// <param name="Tokens">Tokens scored (windows × sequence length).</param>
public sealed record EvaluationResult(double Loss, double StandardError, int Windows, long Tokens)
{
    /// <summary>Bits per byte: tokens are bytes, so loss / ln 2.</summary>
    public double BitsPerByte => Loss / Math.Log(2);

    public double Perplexity => Math.Exp(Loss);

    /// <summary>The mean and standard error of equal-length windows' mean losses (nats), summed in float64.</summary>
    public static EvaluationResult FromWindowLosses(IReadOnlyList<double> losses, int windowTokens)
    {
        var n = losses.Count;
        var mean = losses.Sum() / n;
        var squares = losses.Sum(l => (l - mean) * (l - mean));
        var se = n > 1 ? Math.Sqrt(squares / (n - 1) / n) : double.NaN;
        return new EvaluationResult(mean, se, n, (long)n * windowTokens);
    }
}
