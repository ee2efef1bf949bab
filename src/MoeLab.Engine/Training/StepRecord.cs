namespace MoeLab.Engine.Training;

/// <summary>One optimiser step: its losses (averaged over micro-batches), learning rate and pre-clip gradient norm.</summary>
public sealed record StepRecord(
    int Step, double LearningRate, double Loss, double CrossEntropy, double LoadBalance, double RouterZ,
    double GradientNorm, long TokensSeen, double ElapsedSeconds, double Flops);

/// <summary>Validation result: mean cross-entropy over fixed windows, and what it means for bytes.</summary>
/// <param name="Loss">Mean next-byte cross-entropy, nats.</param>
public sealed record EvaluationResult(double Loss, int Batches, long Tokens)
{
    /// <summary>Bits per byte: tokens are bytes, so loss / ln 2.</summary>
    public double BitsPerByte => Loss / Math.Log(2);

    public double Perplexity => Math.Exp(Loss);
}
