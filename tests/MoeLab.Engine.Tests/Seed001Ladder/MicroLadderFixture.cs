using MoeLab.Engine.Data;
using MoeLab.Engine.Training.Seed001Ladder;

namespace MoeLab.Engine.Tests.Seed001Ladder;

/// <summary>The micro design trained once, straight through, on the tests' generated text; shared by a test class.</summary>
public sealed class MicroLadderFixture : IDisposable
{
    public MicroLadderFixture()
    {
        var directory = LadderDirectory.Open(Dir, Plan, Corpus);
        Pass = LadderRunner.Run(Plan, directory, LadderRunner.EngineTrainerOn(Corpus));
    }

    public LadderPlan Plan { get; } = LadderPlanner.Plan(LadderDesigns.Micro());

    public TokenCorpus Corpus { get; } = TinyModels.Text();

    public string Dir { get; } = Directory.CreateTempSubdirectory("moelab-seed001-ladder-").FullName;

    public LadderPass Pass { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
