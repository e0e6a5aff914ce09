using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parallax.Loading;

/// <summary>A node of a small YAML document, with the line and column where it starts (1-based).</summary>
public abstract record YamlNode(int Line, int Column);

/// <summary>A scalar; <see cref="Value"/> is null for <c>null</c>, <c>~</c> or an empty plain value.</summary>
public sealed record YamlScalar(string? Value, int Line, int Column) : YamlNode(Line, Column);

/// <summary>A mapping, keys in document order.</summary>
public sealed record YamlMap(IReadOnlyList<(YamlScalar Key, YamlNode Value)> Entries, int Line, int Column) : YamlNode(Line, Column);

/// <summary>A sequence.</summary>
public sealed record YamlList(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

/// <summary>
/// Reads YAML written by people (manifests, front matter) into a plain tree without expanding anything:
/// aliases are refused, so a "billion laughs" document cannot blow up; size, depth and node count are bounded.
/// Errors name the file, line, column and the key being read.
/// </summary>
public static class YamlTree
{
    /// <summary>Largest YAML text read, in characters: room for a manifest of a few hundred thousand articles.</summary>
    public const int MaxChars = 256 * 1024 * 1024;
    private const int MaxDepth = 32;
    private const int MaxNodes = 20_000_000;

    /// <summary>Parses one YAML document; null when it is empty.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">File named in errors.</param>
    /// <param name="lineOffset">Lines before <paramref name="yaml"/> in the file (front matter starts after '---').</param>
    public static YamlNode? Parse(string yaml, string file, int lineOffset = 0)
    {
        if (yaml.Length > MaxChars)
            throw new CorpusException(file, $"YAML text is larger than {MaxChars / (1024 * 1024)} MB", 1 + lineOffset);
        var parser = new Parser(new StringReader(yaml));
        var state = new State(parser, file, lineOffset);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = state.Read(0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw state.Error("only one YAML document is allowed here", parser.Current);
            return root is YamlScalar { Value: null } ? null : root;
        }
        catch (YamlException e)
        {
            var msg = (e.InnerException?.Message ?? e.Message).Trim();
            var cut = msg.IndexOf("): ", StringComparison.Ordinal);
            if (msg.StartsWith('(') && cut > 0) msg = msg[(cut + 3)..];
            throw new CorpusException(file, "malformed YAML: " + msg, (int)e.Start.Line + lineOffset, (int)e.Start.Column,
                KeyAtOrAbove(yaml, (int)e.Start.Line) ?? state.LastKey);
        }
    }

    /// <summary>The key written on the given line (1-based) or the nearest line above it: the field a syntax error is in.</summary>
    private static string? KeyAtOrAbove(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        for (int i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            var m = System.Text.RegularExpressions.Regex.Match(lines[i], @"^\s*(?:-\s+)?[""']?([^\s:#""'][^:#""']*?)[""']?\s*:(?:\s|$)");
            if (m.Success) return m.Groups[1].Value;
        }
        return null;
    }

    private sealed class State(IParser parser, string file, int lineOffset)
    {
        private int _nodes;
        public string? LastKey;

        public CorpusException Error(string message, ParsingEvent? at) =>
            new(file, message, at is null ? null : (int)at.Start.Line + lineOffset, at is null ? null : (int)at.Start.Column, LastKey);

        public YamlNode Read(int depth)
        {
            if (depth > MaxDepth) throw Error($"YAML nested deeper than {MaxDepth} levels", parser.Current);
            if (++_nodes > MaxNodes) throw Error($"YAML has more than {MaxNodes} nodes", parser.Current);
            var ev = parser.Current;
            if (ev is AnchorAlias) throw Error("YAML aliases (*name) are not supported here; write the values out", ev);
            int line = ev is null ? 0 : (int)ev.Start.Line + lineOffset, col = ev is null ? 0 : (int)ev.Start.Column;
            if (parser.TryConsume<Scalar>(out var s))
            {
                bool isNull = s.Style == ScalarStyle.Plain && (s.Value.Length == 0 || s.Value is "~" or "null" or "Null" or "NULL");
                return new YamlScalar(isNull ? null : s.Value, line, col);
            }
            if (parser.TryConsume<SequenceStart>(out _))
            {
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(Read(depth + 1));
                return new YamlList(items, line, col);
            }
            if (parser.TryConsume<MappingStart>(out _))
            {
                var entries = new List<(YamlScalar, YamlNode)>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current;
                    if (Read(depth + 1) is not YamlScalar { Value: { } } key) throw Error("a key must be a plain text value", keyEvent);
                    LastKey = key.Value;
                    entries.Add((key, Read(depth + 1)));
                }
                return new YamlMap(entries, line, col);
            }
            throw Error($"unexpected YAML event {ev?.GetType().Name}", ev);
        }
    }
}
