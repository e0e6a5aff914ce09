namespace Parallax.Kernel.Protocol;

/// <summary>The last N message signatures seen, so a replayed message is refused. Thread-safe.</summary>
public sealed class SignatureHistory(int capacity)
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly object _gate = new();

    /// <summary>Records a signature; false when it was already seen.</summary>
    public bool Add(string signature)
    {
        lock (_gate)
        {
            if (!_set.Add(signature)) return false;
            _order.Enqueue(signature);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
