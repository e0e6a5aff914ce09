using System.Runtime.InteropServices;

namespace Parallax.Bench;

/// <summary>
/// CPU time used by the calling thread, so that a profile on a busy machine counts the work done and not the time
/// spent waiting for a core. Read from the system clock on Linux; elsewhere it is not available and reads zero.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>True when the thread's CPU time can be read here.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Read() is not null;

    /// <summary>CPU time of this thread so far, or zero where not available.</summary>
    public static TimeSpan Now() => Available && Read() is { } t ? t : TimeSpan.Zero;

    private static TimeSpan? Read()
    {
        try
        {
            return ClockGetTime(ThreadCpuTime, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }
}
