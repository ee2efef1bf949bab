using System.Runtime.InteropServices;

namespace MoeLab.Cli.Infrastructure;

/// <summary>
/// Turns Ctrl-C (SIGINT) and a polite kill (SIGTERM) into a cancellation that long work checks between its steps, so
/// it can keep what it has done, say so in one line and exit <see cref="CommandRunner.Interrupted"/> instead of dying
/// mid-write. A second signal is let through: the process ends at once (files are written atomically, so even then
/// none is left half-written).
/// </summary>
public sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration _interrupt, _terminate;

    public InterruptSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _cancel.Token;

    public bool Requested => _cancel.IsCancellationRequested;

    private void Handle(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested) return; // the second signal: the default action ends the process
        context.Cancel = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancel.Dispose();
    }
}
