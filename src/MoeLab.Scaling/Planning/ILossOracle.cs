using MoeLab.Core.Seed001;
namespace MoeLab.Scaling.Planning;

/// <summary>
/// What the oracle is asked about: one candidate architecture at one compute budget. Phase 1 asks about
/// continuous targets (the hidden size is the proxy median of its feasible interval); Phase 2 asks about
/// realised integer architectures.
/// </summary>
/// <param name="Triad">(M, N_a, N) of the candidate.</param>
/// <param name="HiddenSize">d, the model width.</param>
/// <param name="TokensD">Training tokens the candidate gets (C / M when the budget is held).</param>
/// <param name="ExpansionLimit">(N_e + 1)/(K + 1), the largest N/N_a the backbone allows.</param>
/// <param name="ExpertHiddenSize">d_m (real-valued at the Phase-1 proxy; 0 for a dense model).</param>
public readonly record struct OracleQuery(ConstraintTriad Triad, double HiddenSize, double TokensD, double ExpansionLimit, double ExpertHiddenSize = 0);

/// <summary>
/// Predicts the final loss of a candidate architecture. The planner uses only the oracle's RANKING of
/// candidates at one budget to choose; absolute losses are reported but are only as good as the oracle.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface ILossOracle
{
    /// <summary>Short name shown in reports, e.g. <c>curves(fitted: runs.csv)</c> or <c>ludziejewski2025</c>.</summary>
    string Name { get; }

    /// <summary>One sentence saying what the oracle is and which dimensions it can tell apart.</summary>
    string Description { get; }

    /// <summary>Whether the prediction depends on d at all; if not, Phase 2 ranks d only by tie-breaks.</summary>
    bool SeesHiddenSize { get; }

    /// <summary>Predicted loss (nats/token).</summary>
    double PredictLoss(in OracleQuery query);
}
