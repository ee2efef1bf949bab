using MoeLab.Core.IO;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Traces;

/// <summary>The trace formats MoeLab reads and writes.</summary>
public enum TraceFormat { Jsonl, Csv, Binary }

/// <summary>Loads and saves traces in any supported format, chosen by file extension.</summary>
public static class TraceFiles
{
    public static TraceFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".json" or ".ndjson" => TraceFormat.Jsonl,
        ".csv" => TraceFormat.Csv,
        ".moetrace" or ".bin" => TraceFormat.Binary,
        var ext => throw new InvalidInputException($"unknown trace extension '{ext}'; use .jsonl, .csv or .moetrace", path),
    };

    /// <summary>Reads a trace; <paramref name="shape"/> is required for CSV (it carries no header of its own).</summary>
    public static RoutingTrace Load(string path, TraceShape? shape) => FormatOf(path) switch
    {
        TraceFormat.Jsonl => JsonlTraceFormat.Read(path, shape),
        TraceFormat.Csv => CsvTraceFormat.Read(path, shape ?? throw new InvalidInputException("a CSV trace needs the model's shape (pass --model)", path)),
        _ => BinaryTraceFormat.Read(path, shape),
    };

    /// <summary>
    /// The format a trace written to <paramref name="path"/> gets: by extension, and JSONL for standard output (<c>-</c>)
    /// or a device or FIFO named without one.
    /// </summary>
    public static TraceFormat OutputFormatOf(string path) =>
        Path.GetExtension(path).Length == 0 && OutputFile.At(path).Kind != OutputKind.File ? TraceFormat.Jsonl : FormatOf(path);

    /// <summary>Writes the trace in the format <see cref="OutputFormatOf"/> picks; returns the bytes written.</summary>
    public static long Save(RoutingTrace trace, string path) => Write(path, TraceHeader.Of(trace), writer => writer.WriteAll(trace));

    /// <summary>
    /// Writes a trace token by token as <paramref name="produce"/> hands them to the writer, in the format
    /// <see cref="OutputFormatOf"/> picks, as <see cref="OutputFile"/> writes (a file atomically, a device or FIFO
    /// straight through): a trace of any length, never held in memory. Returns the bytes written.
    /// </summary>
    public static long Write(string path, TraceHeader header, Action<TraceWriter> produce)
    {
        var format = OutputFormatOf(path);
        return OutputFile.At(path).Write(stream =>
        {
            var writer = TraceWriter.Create(format, stream, header);
            produce(writer);
            writer.Complete();
        });
    }
}
