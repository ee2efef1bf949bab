namespace MoeLab.Engine.Training;

/// <summary>
/// A run stopped by cancellation between two steps. When it had a checkpoint to write, <see cref="CheckpointPath"/>
/// holds every step done so far and resumes exactly; otherwise (a ladder run, say) its steps were dropped.
/// </summary>
public sealed class TrainingInterruptedException(int stepsDone, int steps, string? checkpointPath, string? checkpointError, CancellationToken token)
    : OperationCanceledException(Describe(stepsDone, steps, checkpointPath, checkpointError), token)
{
    public int StepsDone { get; } = stepsDone;
    public int Steps { get; } = steps;
    /// <summary>Where the run's state was saved; null when nothing was saved.</summary>
    public string? CheckpointPath { get; } = checkpointPath;
    /// <summary>Why the checkpoint could not be written, when it could not.</summary>
    public string? CheckpointError { get; } = checkpointError;

    private static string Describe(int stepsDone, int steps, string? path, string? error) =>
        $"interrupted after step {stepsDone} of {steps}" + (path, error) switch
        {
            ({ } p, _) => $"; the model, optimiser state and data position are saved in {p}",
            (_, { } e) => $"; the checkpoint could not be written ({e}), so these steps are lost",
            _ when stepsDone == 0 => "; nothing was trained yet",
            _ => "; nothing was saved",
        };
}
