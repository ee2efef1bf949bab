using MoeLab.Engine.Data;
using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training;

/// <summary>
/// Scores a model on the validation windows <see cref="TokenCorpus.ValidationStarts"/> names, one loss per window, so
/// the result carries its own precision: the mean over windows (= the mean over tokens, every window being the same
/// length) and its standard error. Windows, not tokens, are the sampling unit because neighbouring bytes' losses are
/// correlated; a standard error over tokens would claim more precision than the data holds.
/// </summary>
public static class ValidationEvaluation
{
    /// <param name="tokens">Scratch of the model's (B, T) shape, B = options.BatchSize, T = options.SequenceLength.</param>
    public static EvaluationResult Run(Transformer<float> model, TokenCorpus corpus, TrainingOptions options, int[] tokens, int[] targets)
    {
        int b = options.BatchSize, t = options.SequenceLength, v = model.Config.VocabSize;
        var starts = corpus.ValidationStarts(b, t, options.EvalBatches);
        var losses = new double[starts.Length];
        for (var first = 0; first < starts.Length; first += b)
        {
            var rows = Math.Min(b, starts.Length - first);
            // The model's shape is fixed at B rows: a last, partial batch repeats its last window and scores only its own rows.
            for (var i = 0; i < b; i++)
                corpus.ValidationWindow(starts[first + Math.Min(i, rows - 1)], tokens.AsSpan(i * t, t), targets.AsSpan(i * t, t));
            model.Forward(tokens, targets, b, t);
            var probabilities = model.Output;
            for (var i = 0; i < rows; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < t; j++)
                {
                    var p = (double)probabilities[(i * t + j) * v + targets[i * t + j]];
                    sum -= Math.Log(Math.Max(p, double.Epsilon));
                }
                losses[first + i] = sum / t;
            }
        }
        return EvaluationResult.FromWindowLosses(losses, t);
    }
}
