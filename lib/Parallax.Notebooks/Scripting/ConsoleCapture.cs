using System.Text;

namespace Parallax.Notebooks.Scripting;

/// <summary>
/// Routes Console.Out and Console.Error: text written while a cell runs goes to that cell's outputs; anything else
/// to the original console. Installed once per process.
/// </summary>
public static class ConsoleCapture
{
    private static readonly object Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            Console.SetOut(new Router("stdout", Console.Out));
            Console.SetError(new Router("stderr", Console.Error));
            _installed = true;
        }
    }

    private sealed class Router(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is null) return;
            if (CellContext.Current is { } cell) cell.Write(stream, value);
            else fallback.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void Flush()
        {
            if (CellContext.Current is null) fallback.Flush();
        }
    }
}
