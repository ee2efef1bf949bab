using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Tests;

public sealed class WorkerTeamTests
{
    [Theory]
    [InlineData(null, 8, 8)]
    [InlineData("1", 8, 1)]
    [InlineData("3", 8, 3)]
    [InlineData("64", 8, 8)]
    [InlineData("0", 8, 8)]
    [InlineData("-2", 8, 8)]
    [InlineData("two", 8, 8)]
    [InlineData(" 2", 8, 8)]
    [InlineData("4", 1, 1)]
    public void ThreadsFor_TakesAWholeNumberUpToTheCores_ElseAllCores(string? value, int cores, int expected) =>
        Assert.Equal(expected, WorkerTeam.ThreadsFor(value, cores));

    [Fact]
    public void For_EveryCountUpTo1000_RunsEachIndexExactlyOnce()
    {
        for (var count = 0; count <= 1000; count++)
        {
            var body = new CountHits { Hits = new int[count] };
            WorkerTeam.For(count, ref body);
            AssertEachOnce(body.Hits, $"count {count}");
        }
    }

    [Fact]
    public void For_ConcurrentCallers_EachGetsItsOwnIndicesExactlyOnce()
    {
        // Callers that find the team busy run their loop inline (see WorkerTeam): every caller's result is complete either way.
        const int callers = 4, rounds = 300;
        var failures = new List<string>();
        using var start = new Barrier(callers);
        var threads = Enumerable.Range(0, callers).Select(c => new Thread(() =>
        {
            var rng = new Random(c);
            start.SignalAndWait();
            for (var round = 0; round < rounds; round++)
            {
                var count = rng.Next(1, 200);
                var body = new CountHits { Hits = new int[count] };
                WorkerTeam.For(count, ref body);
                if (body.Hits.Any(h => h != 1))
                    lock (failures) failures.Add($"caller {c}, round {round}, count {count}: [{string.Join(",", body.Hits)}]");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
    }

    [Fact]
    public void For_NestedInsideABody_RunsInlineWithoutDeadlock()
    {
        const int outer = 16, inner = 37;
        var body = new Nested { Inner = inner, Hits = new int[outer * inner] };
        var run = new Thread(() => WorkerTeam.For(outer, ref body)) { IsBackground = true };
        run.Start();
        Assert.True(run.Join(TimeSpan.FromSeconds(60)), "a For inside a For body should not deadlock");
        AssertEachOnce(body.Hits, "nested");
    }

    [Fact]
    public void For_BodyThrows_TheCallerGetsTheExceptionAndTheTeamStillWorks()
    {
        var failing = new ThrowAt { At = 37, Hits = new int[100] };
        var error = Assert.Throws<InvalidOperationException>(() => WorkerTeam.For(100, ref failing));
        Assert.Equal("index 37", error.Message);
        Assert.Equal(0, failing.Hits[37]);
        Assert.All(failing.Hits, h => Assert.InRange(h, 0, 1)); // indices after the throw may be skipped, none runs twice

        for (var count = 1; count <= 64; count++)
        {
            var body = new CountHits { Hits = new int[count] };
            WorkerTeam.For(count, ref body);
            AssertEachOnce(body.Hits, $"after the exception, count {count}");
        }
    }

    [Fact]
    public void For_SlowIndices_AreSharedAndStillEachRunOnce()
    {
        // Long enough that the caller blocks waiting for the last indices and workers go to sleep between rounds.
        for (var round = 0; round < 3; round++)
        {
            var body = new Sleepy { Hits = new int[6] };
            WorkerTeam.For(6, ref body);
            AssertEachOnce(body.Hits, $"round {round}");
            Thread.Sleep(20);
        }
    }

    private static void AssertEachOnce(int[] hits, string what)
    {
        for (var i = 0; i < hits.Length; i++)
            Assert.True(hits[i] == 1, $"{what}: index {i} ran {hits[i]} times");
    }

    private struct CountHits : IIndexedWork
    {
        public int[] Hits;
        public readonly void Run(int index) => Interlocked.Increment(ref Hits[index]);
    }

    private struct Nested : IIndexedWork
    {
        public int Inner;
        public int[] Hits;

        public readonly void Run(int index)
        {
            var body = new Offset { From = index * Inner, Hits = Hits };
            WorkerTeam.For(Inner, ref body);
        }
    }

    private struct Offset : IIndexedWork
    {
        public int From;
        public int[] Hits;
        public readonly void Run(int index) => Interlocked.Increment(ref Hits[From + index]);
    }

    private struct ThrowAt : IIndexedWork
    {
        public int At;
        public int[] Hits;

        public readonly void Run(int index)
        {
            if (index == At) throw new InvalidOperationException($"index {index}");
            Interlocked.Increment(ref Hits[index]);
        }
    }

    private struct Sleepy : IIndexedWork
    {
        public int[] Hits;

        public readonly void Run(int index)
        {
            Thread.Sleep(5);
            Interlocked.Increment(ref Hits[index]);
        }
    }
}
