using Parallax.Notebooks.Model;

namespace Parallax.Notebooks.Scripting;

/// <summary>The cell being run in this flow: where its displayed values and console text go.</summary>
/// <param name="format">Turns a displayed value into an output.</param>
/// <param name="live">Called with each output as it is produced (stream text in pieces), for live front ends.</param>
public sealed class CellContext(Func<object?, DisplayOutput?> format, Action<CellOutput>? live = null)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly object _gate = new();

    /// <summary>The context of the running cell, or null outside a cell.</summary>
    public static CellContext? Current { get => CurrentContext.Value; internal set => CurrentContext.Value = value; }

    /// <summary>Outputs so far, in order (consecutive stream text merged).</summary>
    public IReadOnlyList<CellOutput> Outputs { get { lock (_gate) return _outputs.ToList(); } }

    /// <summary>Formats a value and adds it as a display output.</summary>
    public void Display(object? value)
    {
        var output = format(value);
        if (output is not null) Add(output);
    }

    /// <summary>Adds an output.</summary>
    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            _outputs.Add(output);
            live?.Invoke(output);
        }
    }

    /// <summary>Appends text to the stdout or stderr stream output.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (_gate)
        {
            if (_outputs.Count > 0 && _outputs[^1] is StreamOutput s && s.Name == stream) _outputs[^1] = s with { Text = s.Text + text };
            else _outputs.Add(new StreamOutput(stream, text));
            live?.Invoke(new StreamOutput(stream, text));
        }
    }
}
