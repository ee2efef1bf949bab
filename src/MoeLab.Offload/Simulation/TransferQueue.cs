namespace MoeLab.Offload.Simulation;

/// <summary>How the bus orders transfers that are waiting to start.</summary>
public enum TransferQueue
{
    /// <summary>First in, first out: a copy engine working through its stream (the GPU case). A prefetch already queued
    /// holds up a later demand transfer, and runs even if its expert was evicted meanwhile.</summary>
    Fifo,

    /// <summary>A runtime's priority queue (MoeLab's own offloading runtime): at each layer, prefetches that have not
    /// started wait behind that layer's demand transfers; a queued prefetch the layer demands becomes a demand transfer;
    /// a queued prefetch whose expert is evicted before it starts is withdrawn and moves nothing. A transfer in flight
    /// is never interrupted.</summary>
    DemandFirst,
}
