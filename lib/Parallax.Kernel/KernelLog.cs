using System.Globalization;

namespace Parallax.Kernel;

/// <summary>The kernel's log: timestamped lines on the original standard error (front ends show it in their kernel log).</summary>
public sealed class KernelLog(TextWriter writer)
{
    private readonly object _gate = new();

    public void Write(string message)
    {
        lock (_gate)
        {
            writer.WriteLine($"[parallax kernel {DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}] {message}");
            writer.Flush();
        }
    }
}
