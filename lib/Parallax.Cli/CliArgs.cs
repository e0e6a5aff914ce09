namespace Parallax.Cli;

/// <summary>Parsed arguments: positionals, flags (--x) and options (--x value or --x=value).</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    /// <param name="args">The arguments after the verb.</param>
    /// <param name="valued">Option names that take a value.</param>
    public CliArgs(string[] args, params string[] valued)
    {
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=');
                var name = eq > 0 ? a[2..eq] : a[2..];
                if (valued.Contains(name))
                {
                    string value = eq > 0 ? a[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"--{name} needs a value");
                    if (!_options.TryGetValue(name, out var list)) _options[name] = list = [];
                    list.Add(value);
                }
                else _flags.Add(name);
            }
            else Positionals.Add(a);
        }
    }

    public bool Flag(string name) => _flags.Contains(name);
    public string? Option(string name) => _options.TryGetValue(name, out var l) ? l[^1] : null;
    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var l) ? l : [];

    /// <summary>Rejects flags not in <paramref name="known"/>.</summary>
    public void Only(params string[] known)
    {
        foreach (var f in _flags.Concat(_options.Keys))
            if (!known.Contains(f)) throw new UsageException($"unknown option --{f}");
    }
}
