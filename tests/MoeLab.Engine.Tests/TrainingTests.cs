using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

public sealed class TrainingTests
{
    [Fact]
    public void Training_OneRepeatedBatch_OverfitsToNearZeroLoss()
    {
        var config = TinyModels.Moe();
        var model = new Transformer<float>(config);
        model.Initialise(7);
        var optimizer = new AdamW<float>(model.Layout, new AdamWSettings(WeightDecay: 0));
        const int b = 2, t = 16;
        var corpus = TinyModels.Text();
        var (tokens, targets) = (new int[b * t], new int[b * t]);
        corpus.TrainBatch(tokens, targets, b, t, seed: 1, step: 0, microStep: 0);
        var first = 0.0;
        var last = 0.0;
        for (var step = 0; step < 300; step++)
        {
            model.ZeroGradients();
            var losses = model.Forward(tokens, targets, b, t);
            if (step == 0) first = losses.CrossEntropy;
            last = losses.CrossEntropy;
            model.Backward();
            optimizer.Update(model.Parameters, model.Gradients, 1e-2);
        }
        Assert.InRange(first, Math.Log(256) - 0.5, Math.Log(256) + 0.5); // starts near uniform over bytes
        Assert.True(last < 0.05, $"cross-entropy after 300 steps on one batch: {last}");
    }

    [Fact]
    public void Training_SameSeed_GivesBitIdenticalLossCurve()
    {
        var options = SmallRun(steps: 12) with { AccumulationSteps = 2 };
        var first = new TrainingSession(TinyModels.Moe(), options, TinyModels.Text());
        var second = new TrainingSession(TinyModels.Moe(), options, TinyModels.Text());
        var a = Enumerable.Range(0, 12).Select(_ => first.Step().Loss).ToArray();
        var b = Enumerable.Range(0, 12).Select(_ => second.Step().Loss).ToArray();
        Assert.Equal(a, b);
        Assert.True(a[^1] < a[0], "loss should fall over 12 steps");
        var other = new TrainingSession(TinyModels.Moe(), options with { Seed = 99 }, TinyModels.Text());
        Assert.NotEqual(a[0], other.Step().Loss);
    }

    [Fact]
    public void Checkpoint_ResumeMidRun_ContinuesTheSameLossCurveExactly()
    {
        var options = SmallRun(steps: 10);
        var straight = new TrainingSession(TinyModels.Moe(), options, TinyModels.Text());
        var reference = Enumerable.Range(0, 10).Select(_ => straight.Step().Loss).ToArray();

        var path = Path.Combine(Path.GetTempPath(), $"moelab-resume-{Guid.NewGuid():N}.safetensors");
        try
        {
            var interrupted = new TrainingSession(TinyModels.Moe(), options, TinyModels.Text());
            for (var i = 0; i < 4; i++) interrupted.Step();
            Checkpoint.Save(path, interrupted);
            var resumed = Checkpoint.Resume(path, TinyModels.Text());
            Assert.Equal(4, resumed.StepsDone);
            while (!resumed.Finished) resumed.Step();
            Assert.Equal(reference, resumed.History.Select(r => r.Loss).ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluation_AfterTraining_BeatsUnigramBaseline()
    {
        var corpus = TinyModels.Text();
        var session = new TrainingSession(TinyModels.Dense(), SmallRun(steps: 200) with { BatchSize = 4, PeakLearningRate = 1e-2, MinLearningRate = 1e-3 }, corpus);
        while (!session.Finished) session.Step();
        var eval = session.Evaluate();
        // The unigram entropy of the training bytes, computed directly: the loss of the best context-free model.
        var counts = new double[256];
        foreach (var x in corpus.Train) counts[x]++;
        var unigram = -counts.Where(n => n > 0).Sum(n => n / corpus.Train.Length * Math.Log(n / corpus.Train.Length));
        Assert.True(eval.Loss < unigram - 0.3, $"validation loss {eval.Loss:F3} nats vs unigram {unigram:F3}");
        Assert.Equal(eval.Loss / Math.Log(2), eval.BitsPerByte, 12);
        Assert.Equal(Math.Exp(eval.Loss), eval.Perplexity, 12);
    }

    [Fact]
    public void Schedule_WarmupCosineAndWsd_HitTheirAnchorPoints()
    {
        var cosine = new LearningRateSchedule(ScheduleKind.Cosine, 1.0, 0.1, 10, 110);
        Assert.Equal(0.1, cosine.RateAt(0), 12);         // 1/10 of the way up
        Assert.Equal(1.0, cosine.RateAt(9), 12);         // warm-up done
        Assert.Equal(0.55, cosine.RateAt(60), 12);       // half-way down: floor + (peak − floor)/2
        Assert.Equal(0.1, cosine.RateAt(110), 12);
        var wsd = new LearningRateSchedule(ScheduleKind.Wsd, 1.0, 0.0, 10, 100, DecayFraction: 0.2);
        Assert.Equal(1.0, wsd.RateAt(79), 12);           // stable until the last 20 steps
        Assert.Equal(0.5, wsd.RateAt(89), 12);           // linear decay half done
        Assert.Equal(0.0, wsd.RateAt(99), 12);
    }

    internal static TrainingOptions SmallRun(int steps) => new()
    {
        Steps = steps, BatchSize = 2, SequenceLength = 16, WarmupSteps = 2, PeakLearningRate = 5e-3, MinLearningRate = 5e-4,
        EvalBatches = 4, Seed = 11,
    };
}

public sealed class ScalingLadderTests
{
    [Fact]
    public void ScalingLadder_DefaultPlan_PairsDenseAndMoeOfEqualActiveFfn()
    {
        var rungs = ScalingLadder.Plan();
        Assert.Equal(12, rungs.Count);
        Assert.Equal(rungs.Count, rungs.Select(r => r.Name).Distinct().Count());
        foreach (var moe in rungs.Where(r => r.Family == "moe"))
        {
            var dense = rungs.Single(r => r.Family == "dense" && r.Config.ModelDim == moe.Config.ModelDim && r.Options.Steps == moe.Options.Steps);
            Assert.Equal(new ParameterLayout(dense.Config).TotalParameters - 0,
                new ParameterLayout(moe.Config).ActiveParameters - moe.Config.MoeLayerCount * (long)moe.Config.Experts * moe.Config.ModelDim);
        }
        // The whole ladder's training tokens stay small enough for < 30 minutes on two cores at ≥ 1,000 tokens/s.
        Assert.True(rungs.Sum(r => r.Options.Steps * r.Options.TokensPerStep) < 1_800_000);
    }
}

public sealed class GradientAccumulationTests
{
    [Fact]
    public void Backward_TwoHalfBatchesScaledByHalf_EqualOneFullBatchGradient()
    {
        // Dense model: the mean cross-entropy over 2 rows is the average of the per-row means, so accumulating two
        // micro-batches with lossScale ½ must give the full batch's gradient (up to float64 round-off).
        var config = TinyModels.Dense() with { ContextLength = 8 };
        var rng = new Random(4);
        var tokens = Enumerable.Range(0, 16).Select(_ => rng.Next(256)).ToArray();
        var targets = Enumerable.Range(0, 16).Select(_ => rng.Next(256)).ToArray();
        var full = new Transformer<double>(config);
        full.Initialise(9);
        full.Forward(tokens, targets, 2, 8);
        full.Backward();
        var half = new Transformer<double>(full.Layout, full.Parameters);
        half.Forward(tokens.AsSpan(0, 8), targets.AsSpan(0, 8), 1, 8);
        half.Backward(0.5);
        half.Forward(tokens.AsSpan(8, 8), targets.AsSpan(8, 8), 1, 8);
        half.Backward(0.5);
        for (var i = 0; i < full.Gradients.Length; i++)
            Assert.Equal(full.Gradients[i], half.Gradients[i], 1e-12);
    }
}
