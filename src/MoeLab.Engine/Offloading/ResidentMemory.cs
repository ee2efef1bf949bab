namespace MoeLab.Engine.Offloading;

/// <summary>This process's resident memory from /proc/self/status (Linux), for reporting peak RSS beside the cache budget.</summary>
public static class ResidentMemory
{
    /// <summary>Peak resident set size (VmHWM) in bytes; null where /proc is not available.</summary>
    public static long? PeakBytes() => Read("VmHWM:");

    /// <summary>Current resident set size (VmRSS) in bytes.</summary>
    public static long? CurrentBytes() => Read("VmRSS:");

    /// <summary>Restarts the peak from the current RSS (writing 5 to /proc/self/clear_refs), so each run reports its own peak.</summary>
    public static bool ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException) { return false; }
    }

    private static long? Read(string key)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var parts = line[key.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1024; // kB
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return null;
    }
}
