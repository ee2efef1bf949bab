using System.Globalization;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// The process's page-fault counters from /proc/self/stat. A major fault is a page the kernel had to read from the
/// device, so over an mmap run the major-fault delta is the honest count of reads (each may bring in a readahead
/// window, not one page). They count every thread of the process, so JIT or GC faults are included too.
/// </summary>
public readonly record struct PageFaults(long Minor, long Major)
{
    public static PageFaults operator -(PageFaults a, PageFaults b) => new(a.Minor - b.Minor, a.Major - b.Major);

    /// <summary>The counters now, or null where /proc/self/stat is not there (not Linux).</summary>
    public static PageFaults? Current()
    {
        if (!OperatingSystem.IsLinux()) return null;
        string stat;
        try
        {
            stat = File.ReadAllText("/proc/self/stat");
        }
        catch (IOException)
        {
            return null;
        }
        return Parse(stat);
    }

    /// <summary>Parses a /proc/PID/stat line: minflt and majflt are fields 10 and 12, counted after the
    /// parenthesised command name (which may itself hold spaces and parentheses, so split after its last ')').</summary>
    public static PageFaults Parse(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0) throw new FormatException("not a /proc/PID/stat line (no ')' after the command name)");
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        if (fields.Length < 10) throw new FormatException($"/proc/PID/stat has {fields.Length + 2} fields, expected at least 12");
        return new PageFaults(long.Parse(fields[7], CultureInfo.InvariantCulture), long.Parse(fields[9], CultureInfo.InvariantCulture));
    }
}
