using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Prefetching;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Simulation;

/// <summary>
/// A discrete-event simulation of MoE decoding with offloaded experts, step by step (B tokens) and layer by
/// layer, on a virtual clock:
/// <list type="number">
/// <item>the accelerator runs the layer's dense part (attention, router); routing is known when it ends;</item>
/// <item>each needed expert is looked up in the <see cref="ExpertCache"/>; a miss is either queued on the bus
/// (FIFO, per-transfer latency, overlapping compute) or run on the CPU in parallel;</item>
/// <item>the prefetcher may queue the next layer's experts behind the demand transfers;</item>
/// <item>the accelerator runs experts in order of arrival; idle time waiting for the bus is transfer stall,
/// idle time waiting for the CPU's results is CPU wait. The layer ends when both are done.</item>
/// </list>
/// Simplifications, stated: the accelerator runs one kernel at a time; batch tokens are consecutive trace
/// tokens. A layer's experts are one step (<see cref="ExpertCache.BeginStep"/>): none of them is evicted for
/// another or for a prefetch while the layer runs.
/// </summary>
public static class OffloadSimulator
{
    public static SimulationResult Run(RoutingTrace trace, OffloadModelShape model, HardwareProfile hardware, SimulationOptions options)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        options.Validate();
        model.Validate();
        hardware.Validate();
        var shape = model.TraceShape();
        if (trace.Shape != shape)
            throw new InvalidInputException($"the trace is {trace.Shape} but the model is {shape}", field: "trace");
        if (options.CacheAwareMargin is not null && !trace.HasGateProbabilities)
            throw new InvalidInputException("cache-aware routing needs gate probabilities, and this trace has none", field: "trace");

        var stream = RequestStream.FromTrace(trace, options.BatchTokens, options.PromptTokens, options.MaxTokens ?? int.MaxValue);
        var offline = CachePolicyCatalog.IsOffline(options.Policy);
        var cache = new ExpertCache(shape, options.Capacity, model.ExpertBytes, options.Policy,
            popularity: options.Policy.Name == "pin" ? stream.Popularity() : null, hasNextUse: offline);
        var nextUse = offline ? stream.NextUse : default;
        var prefetcher = PrefetcherCatalog.Create(options.Prefetcher);
        var context = new PrefetchContext(stream, new Random(options.Seed));
        var proposals = new List<int>();

        var costs = new StepCosts(model, hardware, options.Chunks);
        var transferSeconds = costs.TransferSeconds;
        var readyAt = new double[shape.TotalExperts];
        var pending = new List<(int Layer, int Expert, double Start, double End)>();
        var preempted = new List<(int Layer, int Expert)>();
        var jobs = new Job[Math.Max(shape.TopK, shape.ExpertsPerLayer)];
        var jobCount = 0;
        var denseOneToken = costs.DenseSeconds(1);
        var expertOneToken = costs.ExpertSeconds(1);
        var routed = new int[shape.ExpertsPerLayer * Math.Max(1, options.BatchTokens)];

        // demandEnd: when the last demand transfer leaves the bus. Demand transfers are not in `pending` (they are never
        // withdrawn), so a queue rebuilt from `pending` must still start behind them.
        double clock = 0, busFree = 0, busBusy = 0, cpuBusy = 0, demandEnd = 0;
        long bytesMoved = 0, transfers = 0, cpuExecutions = 0, preemptions = 0, swapped = 0, choices = 0, withdrawn = 0;
        var demandFirst = options.Queue == TransferQueue.DemandFirst && !options.EarlyPreemption;
        var deferred = new List<(int Layer, int Expert)>();
        double swappedMass = 0;
        var decode = TimeBreakdown.Zero;
        var prefill = TimeBreakdown.Zero;
        double prefillSeconds = 0;

        for (var step = 0; step < stream.StepCount; step++)
        {
            var isPrefill = step == 0 && stream.PromptTokens > 0;
            var stepStart = clock;
            var tokens = stream.TokensAt(step);
            double dense = 0, compute = 0, stall = 0, cpuWait = 0;
            for (var layer = 0; layer < shape.Layers; layer++)
            {
                var denseSeconds = tokens == 1 ? denseOneToken : costs.DenseSeconds(tokens);
                var attnEnd = clock + denseSeconds;
                dense += denseSeconds;

                var experts = stream.ExpertsAt(step, layer);
                var counts = stream.TokenCountsAt(step, layer);
                var firstRequest = stream.FirstRequestAt(step, layer);
                if (options.CacheAwareMargin is { } margin)
                {
                    experts.CopyTo(routed);
                    var gates = trace.Gates(stream.FirstTokenAt(step), layer);
                    for (var s = 1; s < experts.Length; s++)
                    {
                        choices++;
                        if (gates[s] > margin || cache.Contains(layer, routed[s])) continue;
                        for (var y = 0; y < shape.ExpertsPerLayer; y++)
                        {
                            if (!cache.Contains(layer, y) || routed.AsSpan(0, experts.Length).Contains(y)) continue;
                            routed[s] = y;
                            swapped++;
                            swappedMass += gates[s];
                            break;
                        }
                    }
                    choices++; // the first choice, never swapped
                    experts = routed.AsSpan(0, experts.Length);
                }

                // Early preemption: prefetches still on the bus give way to this layer's demand transfers.
                if (pending.Count > 0) DropFinished(pending, attnEnd);
                if (options.EarlyPreemption && pending.Count > 0)
                {
                    foreach (var p in pending)
                    {
                        // Its bytes were counted when scheduled; only the part already sent is kept, the restart counts again.
                        busBusy -= p.End - Math.Max(p.Start, attnEnd);
                        bytesMoved -= model.ExpertBytes;
                        if (p.Start < attnEnd)
                        {
                            preemptions++;
                            bytesMoved += (long)(model.ExpertBytes * Math.Clamp((attnEnd - p.Start) / (p.End - p.Start), 0, 1));
                        }
                        preempted.Add((p.Layer, p.Expert));
                    }
                    busFree = attnEnd;
                    pending.Clear();
                }

                // Demand first: prefetches still waiting to start step aside for this layer's demand transfers.
                if (demandFirst && pending.Count > 0) Defer(attnEnd);

                jobCount = 0;
                // Step-atomic: the layer's experts are known together and none is evicted for another (nor by a prefetch).
                cache.BeginStep(layer, experts);
                var cpuLayerEnd = attnEnd;
                var cpuFree = attnEnd;
                for (var i = 0; i < experts.Length; i++)
                {
                    var e = experts[i];
                    var key = shape.Key(layer, e);
                    var nu = offline ? nextUse[firstRequest + i] : ExpertRequest.Unknown;
                    var computeSeconds = counts[i] == 1 ? expertOneToken : costs.ExpertSeconds(counts[i]);
                    if (cache.Lookup(layer, e, nu))
                    {
                        // A deferred prefetch this layer needs is a demand transfer now (the runtime promotes it).
                        if (demandFirst && TakeDeferred(layer, e)) Schedule(layer, e, attnEnd);
                        var ready = Math.Max(readyAt[key], attnEnd);
                        AddJob(new Job(ready, ready, computeSeconds));
                        continue;
                    }
                    var transferStart = Math.Max(busFree, attnEnd);
                    var cpuSeconds = costs.CpuSeconds(counts[i]);
                    var useCpu = options.Misses == MissHandling.ExecuteOnCpu
                        || (options.Misses == MissHandling.Cheaper && cpuFree + cpuSeconds < transferStart + transferSeconds + computeSeconds);
                    if (useCpu)
                    {
                        cpuFree += cpuSeconds;
                        cpuBusy += cpuSeconds;
                        cpuExecutions++;
                        cpuLayerEnd = cpuFree;
                        continue;
                    }
                    cache.AdmitMissed(layer, e, nu);
                    var arrival = transferStart + transferSeconds;
                    busFree = arrival;
                    demandEnd = arrival;
                    busBusy += transferSeconds;
                    bytesMoved += model.ExpertBytes;
                    transfers++;
                    readyAt[key] = arrival;
                    AddJob(new Job(arrival, transferStart + transferSeconds / options.Chunks, computeSeconds));
                }

                foreach (var (pl, pe) in preempted) Schedule(pl, pe, attnEnd);
                preempted.Clear();
                if (demandFirst) Requeue(attnEnd);

                if (prefetcher is not NoPrefetcher && !(step == stream.StepCount - 1 && layer == shape.Layers - 1))
                {
                    context.SetPosition(step, layer);
                    proposals.Clear();
                    prefetcher.Propose(context, proposals);
                    foreach (var pe in proposals)
                        if (cache.Prefetch(context.TargetLayer, pe)) Schedule(context.TargetLayer, pe, attnEnd);
                    if (demandFirst) WithdrawEvicted(attnEnd);
                }

                // The accelerator runs experts in order of arrival (AddJob keeps them sorted, stable on ties).
                var gpu = attnEnd;
                for (var j = 0; j < jobCount; j++)
                {
                    var job = jobs[j];
                    double finish;
                    if (options.Chunks > 1 && job.FirstChunk < job.Ready)
                        finish = Math.Max(Math.Max(gpu, job.FirstChunk) + job.Compute, job.Ready + job.Compute / options.Chunks);
                    else
                        finish = Math.Max(gpu, job.Ready) + job.Compute;
                    stall += finish - gpu - job.Compute;
                    compute += job.Compute;
                    gpu = finish;
                }
                if (cpuLayerEnd > gpu)
                {
                    cpuWait += cpuLayerEnd - gpu;
                    gpu = cpuLayerEnd;
                }
                clock = gpu;
            }
            if (isPrefill)
            {
                prefillSeconds = clock - stepStart;
                prefill = prefill.Add(dense, compute, stall, cpuWait);
            }
            else decode = decode.Add(dense, compute, stall, cpuWait);
        }

        cache.EndStep();
        // Prefetches still on the bus when the trace ends were never waited for; their tail is not bus time of this run.
        foreach (var p in pending)
            if (p.End > clock) busBusy -= p.End - Math.Max(p.Start, clock);
        var decodeSeconds = clock - prefillSeconds;
        var decodeTokens = stream.TokenCount - stream.PromptTokens;
        return new SimulationResult(
            cache.PolicyName, prefetcher.Name, options.Misses, cache.Counters, CacheReplay.Result(cache).HitRateByLayer,
            decodeTokens, decodeSeconds, decodeSeconds > 0 ? decodeTokens / decodeSeconds : double.NaN,
            stream.PromptTokens, prefillSeconds,
            bytesMoved, transfers + cache.Counters.PrefetchInsertions - withdrawn, cpuExecutions, preemptions,
            busBusy, clock > 0 ? busBusy / clock : 0, cpuBusy, decode, prefill,
            choices == 0 ? 0 : (double)swapped / choices,
            choices == 0 ? 0 : swappedMass / (choices / (double)shape.TopK),
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);

        // Insertion keeps the layer's few jobs sorted by arrival as they come: no sort call, no comparer delegate.
        void AddJob(Job job)
        {
            if (jobCount == jobs.Length) Array.Resize(ref jobs, jobs.Length * 2);
            var j = jobCount++;
            while (j > 0 && jobs[j - 1].Ready > job.Ready) { jobs[j] = jobs[j - 1]; j--; }
            jobs[j] = job;
        }

        // Demand first (TransferQueue.DemandFirst): queued prefetches leave the bus until this layer's demand is on it.
        // inFlightAtNow: a transfer starting exactly now is already on the bus (true when prefetches are being queued
        // now: an idle reader takes a read the moment it is submitted; false at a layer's start, where the demand
        // reads of that instant go first).
        void Defer(double now, bool inFlightAtNow = false)
        {
            var kept = 0;
            for (var i = 0; i < pending.Count; i++)
            {
                var p = pending[i];
                if (p.Start < now || (inFlightAtNow && p.Start == now)) { pending[kept++] = p; continue; }
                deferred.Add((p.Layer, p.Expert));
                busBusy -= p.End - p.Start;
                bytesMoved -= model.ExpertBytes;
            }
            pending.RemoveRange(kept, pending.Count - kept);
            busFree = Math.Max(now, demandEnd);
            foreach (var p in pending) busFree = Math.Max(busFree, p.End);
        }

        bool TakeDeferred(int layer, int expert)
        {
            var i = deferred.IndexOf((layer, expert));
            if (i < 0) return false;
            deferred.RemoveAt(i);
            return true;
        }

        // The deferred prefetches go back behind the demand, except those whose expert is gone (withdrawn, as the runtime does).
        void Requeue(double now)
        {
            foreach (var (pl, pe) in deferred)
            {
                if (cache.Contains(pl, pe)) Schedule(pl, pe, now);
                else withdrawn++;
            }
            deferred.Clear();
        }

        // A prefetch evicted before it started moves nothing; the transfers queued behind it move up.
        void WithdrawEvicted(double now)
        {
            var any = false;
            // A transfer whose start has come is in flight (an idle reader picks a read up the moment it is queued).
            foreach (var p in pending) any |= p.Start > now && !cache.Contains(p.Layer, p.Expert);
            if (!any) return;
            Defer(now, inFlightAtNow: true);
            foreach (var (pl, pe) in deferred)
            {
                if (cache.Contains(pl, pe)) Schedule(pl, pe, now);
                else withdrawn++;
            }
            deferred.Clear();
        }

        void Schedule(int layer, int expert, double notBefore)
        {
            var start = Math.Max(busFree, notBefore);
            var end = start + transferSeconds;
            busFree = end;
            busBusy += transferSeconds;
            bytesMoved += model.ExpertBytes;
            readyAt[shape.Key(layer, expert)] = end;
            pending.Add((layer, expert, start, end));
        }
    }

    /// <summary>Removes prefetches that have arrived by <paramref name="now"/>, in place (no predicate closure per layer).</summary>
    private static void DropFinished(List<(int Layer, int Expert, double Start, double End)> pending, double now)
    {
        var kept = 0;
        for (var i = 0; i < pending.Count; i++)
            if (pending[i].End > now) pending[kept++] = pending[i];
        pending.RemoveRange(kept, pending.Count - kept);
    }

    private readonly record struct Job(double Ready, double FirstChunk, double Compute);
}
