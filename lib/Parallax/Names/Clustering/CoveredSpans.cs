namespace Parallax.Names.Clustering;

/// <summary>
/// Spans of a text (start, end), asked whether any overlaps a range: sorted by start with the running maximum of their
/// ends, so each question is one binary search (a long article asks it for every word).
/// </summary>
public sealed class CoveredSpans
{
    private readonly int[] _starts;
    private readonly int[] _maxEnd;

    public CoveredSpans(IEnumerable<(int Start, int End)> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = Array.ConvertAll(sorted, s => s.Start);
        _maxEnd = new int[sorted.Length];
        for (int i = 0; i < sorted.Length; i++) _maxEnd[i] = Math.Max(sorted[i].End, i > 0 ? _maxEnd[i - 1] : int.MinValue);
    }

    /// <summary>True when some span has start &lt; <paramref name="end"/> and end &gt; <paramref name="start"/>.</summary>
    public bool Overlaps(int start, int end)
    {
        // the spans starting before end are the first `before`; one of them reaches past start if their largest end does
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] < end) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && _maxEnd[lo - 1] > start;
    }
}
