using MoeLab.Core.Seed001;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// Turns a target triad (M, N_a, N) and a whole number of dense layers into whole d and d_m. Seed 001's algebra
/// gives one real d per L_d (<see cref="Seed001ShapeSolver.HiddenSizeForDenseLayers"/>); rounding d and d_m is all
/// that is left, and of the rounded neighbours (d up or down; d_m from the N − N_a target or from the N_a target,
/// up or down) the one whose counted triad is nearest the target — least squared log error over M, N_a and N —
/// is kept. Rounding L_d instead (as the planner does at the paper's scale) would move N_a by ~9d², a large share
/// of a model with four layers.
/// </summary>
public static class LadderShapeRealizer
{
    public static LadderShape Realize(ConstraintTriad target, int layers, int denseLayers, Seed001Backbone backbone)
    {
        var exact = Seed001ShapeSolver.HiddenSizeForDenseLayers(target, denseLayers, backbone);
        if (!(exact >= 2)) throw new InvalidOperationException($"no width d ≥ 2 realises {Describe(target)} with L = {layers}, L_d = {denseLayers}");
        var moe = layers - denseLayers;
        LadderShape? best = null;
        var bestError = double.PositiveInfinity;
        foreach (var d in new[] { Math.Floor(exact), Math.Ceiling(exact) }.Distinct().Where(d => d >= 2).Select(d => (int)d))
        foreach (var width in ExpertWidthCandidates(target, layers, denseLayers, d, backbone))
        {
            var shape = new LadderShape(d, layers, denseLayers, width, default);
            var realized = Seed001Triad.PaperConvention(shape.ToSpec(backbone));
            var error = LogError(realized.FlopsPerToken, target.FlopsPerToken) + LogError(realized.ActiveParams, target.ActiveParams)
                        + LogError(realized.TotalParams, target.TotalParams);
            if (error < bestError) (best, bestError) = (shape with { Realized = realized }, error);
        }
        return best ?? throw new InvalidOperationException($"no expert width realises {Describe(target)} at L = {layers}, L_d = {denseLayers}");

        IEnumerable<int> ExpertWidthCandidates(ConstraintTriad t, int l, int ld, int d, Seed001Backbone b)
        {
            // From N − N_a = 3·d·d_m·(N_e − K)·L_m, and from N_a = P_attn·L + 3·d·d_d·L_d + 3·d·d_m·(K + shared)·L_m.
            var fromTotal = (double)(t.TotalParams - t.ActiveParams) / (3.0 * d * (b.RoutedExperts - b.TopK) * moe);
            var fromActive = (t.ActiveParams - b.AttentionParamsPerLayer(d) * (double)l - 3.0 * d * b.DenseWidthMultiplier * d * ld)
                             / (3.0 * d * b.ActiveExpertsPerMoeLayer * moe);
            return new[] { fromTotal, fromActive }.SelectMany(w => new[] { Math.Floor(w), Math.Ceiling(w) })
                .Where(w => w >= 1 && double.IsFinite(w)).Select(w => (int)w).Distinct();
        }
    }

    private static double LogError(double realized, double target) => Math.Pow(Math.Log(realized / target), 2);

    private static string Describe(ConstraintTriad t) => $"M = {t.FlopsPerToken:G4}, N_a = {t.ActiveParams}, N = {t.TotalParams}";
}
