namespace Parallax.Notebooks.Run;

/// <summary>
/// An exclusive lock on an output folder (<c>.parallax.lock</c> inside it, kept between runs: the OS lock is what counts), so two runs into one folder never interleave:
/// the second waits, and fails with a clear message if the first does not finish in time.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static OutputLock Acquire(string outDir, TimeSpan wait, Action<string>? waiting = null)
    {
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, ".parallax.lock");
        var deadline = DateTime.UtcNow + wait;
        bool told = false;
        while (true)
        {
            try
            {
                var s = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                s.SetLength(0);
                var pid = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
                s.Write(pid);
                s.Flush();
                return new OutputLock(s);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told) { waiting?.Invoke($"another parallax run is writing to {outDir}; waiting for it to finish"); told = true; }
                Thread.Sleep(250);
            }
            catch (IOException e)
            {
                throw new OutputLockedException($"another parallax run is writing to {Path.GetFullPath(outDir)} (lock file {path}); waited {wait.TotalSeconds:0} s: {e.Message}");
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>The output folder stayed locked by another run.</summary>
public sealed class OutputLockedException(string message) : Exception(message);
