using MoeLab.Core.Validation;

namespace MoeLab.Engine.Training;

/// <summary>How the learning rate moves after warm-up.</summary>
public enum ScheduleKind
{
    /// <summary>Cosine decay from the peak to the floor over the remaining steps.</summary>
    Cosine,
    /// <summary>Warmup–stable–decay: hold the peak, then decay linearly to the floor over the last fraction of steps.</summary>
    Wsd,
}

/// <summary>Linear warm-up from 0 to <see cref="PeakRate"/>, then cosine or WSD down to <see cref="FloorRate"/>.</summary>
public sealed record LearningRateSchedule(
    ScheduleKind Kind, double PeakRate, double FloorRate, int WarmupSteps, int TotalSteps, double DecayFraction = 0.2)
{
    public LearningRateSchedule Validated()
    {
        Preconditions.Positive(PeakRate, "lr");
        Preconditions.InRange(FloorRate, 0, PeakRate, "min-lr");
        Preconditions.InRange(TotalSteps, 1, int.MaxValue, "steps");
        Preconditions.InRange(WarmupSteps, 0, TotalSteps, "warmup");
        Preconditions.InRange(DecayFraction, 0.0, 1.0, "decay-fraction");
        return this;
    }

    /// <summary>The rate for 0-based <paramref name="step"/>.</summary>
    public double RateAt(int step)
    {
        if (step < WarmupSteps) return PeakRate * (step + 1) / WarmupSteps;
        var span = Math.Max(1, TotalSteps - WarmupSteps);
        var progress = Math.Clamp((double)(step - WarmupSteps) / span, 0, 1);
        switch (Kind)
        {
            case ScheduleKind.Cosine:
                return FloorRate + 0.5 * (PeakRate - FloorRate) * (1 + Math.Cos(Math.PI * progress));
            case ScheduleKind.Wsd:
                var decaySteps = (int)Math.Round(DecayFraction * TotalSteps);
                var decayStart = TotalSteps - decaySteps;
                if (step < decayStart || decaySteps == 0) return PeakRate;
                var into = (double)(step - decayStart + 1) / decaySteps;
                return PeakRate + (FloorRate - PeakRate) * Math.Min(1, into);
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind));
        }
    }
}
