using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

public sealed class ValidationEvaluationTests
{
    private static TrainingSession Trained(int batch, int evalBatches)
    {
        var session = new TrainingSession(TinyModels.Moe(), TrainingTests.SmallRun(steps: 6) with { BatchSize = batch, EvalBatches = evalBatches }, TinyModels.Text());
        while (!session.Finished) session.Step();
        return session;
    }

    [Fact]
    public void WholeSplit_ScoresEveryWindowOnce_AndAgreesWithWindowByWindowForwardPasses()
    {
        const int t = 16;
        var windows = (TinyModels.Text().Validation.Length - 1) / t;
        // A batch that leaves a partial last batch (its padding rows must not count).
        var batch = Enumerable.Range(3, 10).First(b => windows % b != 0);
        var session = Trained(batch, evalBatches: 0);
        var eval = session.Evaluate();
        var corpus = session.Corpus;
        Assert.Equal((windows, (long)windows * t), (eval.Windows, eval.Tokens));

        // Independently: a second model of batch 1 given the same parameters scores each window (bytes k·T … k·T + T) alone.
        var single = new Transformer<float>(session.Model.Layout, (float[])session.Model.Parameters.Clone());
        var losses = new double[windows];
        for (var k = 0; k < windows; k++)
        {
            var tokens = corpus.Validation.Skip(k * t).Take(t).Select(x => (int)x).ToArray();
            var targets = corpus.Validation.Skip(k * t + 1).Take(t).Select(x => (int)x).ToArray();
            losses[k] = single.Forward(tokens, targets, 1, t).CrossEntropy;
        }
        var mean = losses.Average();
        var se = Math.Sqrt(losses.Sum(l => (l - mean) * (l - mean)) / (windows - 1) / windows);
        Assert.Equal(mean, eval.Loss, 5);
        Assert.Equal(se, eval.StandardError, 5);
        Assert.True(eval.StandardError > 0 && eval.StandardError < 0.1 * eval.Loss);
    }

    [Fact]
    public void SampledBatches_KeepTheOldMeanOfBatchLosses()
    {
        // --eval-batches N: the mean over N evenly spaced batches, as before, now with a standard error beside it.
        var session = Trained(batch: 2, evalBatches: 4);
        var eval = session.Evaluate();
        var starts = session.Corpus.ValidationStarts(2, 16, 4);
        Assert.Equal(8, starts.Length);
        var tokens = new int[32];
        var targets = new int[32];
        var batchLosses = new List<double>();
        for (var batch = 0; batch < 4; batch++)
        {
            for (var i = 0; i < 2; i++) session.Corpus.ValidationWindow(starts[batch * 2 + i], tokens.AsSpan(i * 16, 16), targets.AsSpan(i * 16, 16));
            batchLosses.Add(session.Model.Forward(tokens, targets, 2, 16).CrossEntropy);
        }
        Assert.Equal(batchLosses.Average(), eval.Loss, 12);
        Assert.Equal((8, 128L), (eval.Windows, eval.Tokens));
    }

    [Fact]
    public void StandardError_OfKnownWindowLosses_IsTheSampleDeviationOverRootN()
    {
        var result = EvaluationResult.FromWindowLosses([1.0, 2.0, 3.0, 4.0], 10);
        Assert.Equal(2.5, result.Loss, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3.0) / 2, result.StandardError, 15);
        Assert.Equal(40, result.Tokens);
        Assert.True(double.IsNaN(EvaluationResult.FromWindowLosses([1.0], 10).StandardError));
    }

    [Fact]
    public void HeldOutBatches_HoldAtLeast256KiB()
    {
        Assert.Equal(512, TrainingOptions.BatchesHolding(TrainingOptions.HeldOutTokens, 8, 64));
        Assert.Equal(3, TrainingOptions.BatchesHolding(10, 2, 2));
    }
}
