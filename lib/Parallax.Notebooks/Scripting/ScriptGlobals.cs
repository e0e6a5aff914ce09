namespace Parallax.Notebooks.Scripting;

/// <summary>Members every cell sees, as .NET Interactive provides them: <c>display(x)</c>.</summary>
public class ScriptGlobals
{
    /// <summary>Shows a value below the cell (charts, frames, tables, text).</summary>
#pragma warning disable IDE1006 // lower-case, as in .NET Interactive
    public void display(object? value) => CellContext.Current?.Display(value);
#pragma warning restore IDE1006
}

/// <summary><c>x.Display()</c> in cells, as .NET Interactive provides it.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value below the cell and returns it.</summary>
    public static T Display<T>(this T value)
    {
        CellContext.Current?.Display(value);
        return value;
    }
}
