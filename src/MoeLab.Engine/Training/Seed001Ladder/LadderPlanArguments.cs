using System.Globalization;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// The `moelab plan --runs` arguments that plan from a design's runs table at another budget: the design's backbone
/// (its N/N_a wall and attention decide the fits and the shapes) and its Phase 0, M(C) = M₁·(C/C₁)^0.5437, given as
/// the token budget D = C / M(C), since the table records M only as the design set it.
/// </summary>
public static class LadderPlanArguments
{
    public static IReadOnlyList<string> For(LadderDesign design, double computeFlops, string runsTable)
    {
        var b = design.Backbone;
        string I(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        return
        [
            "plan", "--compute", I(computeFlops), "--runs", runsTable,
            "--experts", I(b.RoutedExperts), "--top-k", I(b.TopK), "--shared", I(b.SharedExperts),
            "--context", I(b.ContextLength), "--vocab", I(b.VocabSize),
            "--query-heads", I(b.QueryHeads), "--kv-heads", I(b.KvHeads), "--head-dim", I(b.HeadDim),
            // The designs' widths are small: any whole d and d_m, as the ladder itself builds them.
            "--align", "1",
            "--tokens", I(Math.Round(computeFlops / design.FlopsPerTokenAt(computeFlops))),
        ];
    }
}
