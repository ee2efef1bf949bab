using MoeLab.Engine.Model;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>What the engine's own FLOP counter books per training token for a shape.</summary>
public static class CountedFlops
{
    /// <summary>
    /// One forward and backward pass over one sequence of <paramref name="sequenceLength"/> tokens, divided by its tokens.
    /// The counter books every matrix product and attention score by shape, never by value, and batches add up
    /// linearly, so this is exactly what each training token of the run will cost.
    /// </summary>
    public static double PerTrainingToken(EngineConfig config, int sequenceLength)
    {
        var model = new Transformer<float>(config);
        model.Initialise(1);
        var tokens = new int[sequenceLength];
        model.Forward(tokens, tokens, 1, sequenceLength);
        model.Backward();
        return model.Flops.TotalFlops / sequenceLength;
    }
}
