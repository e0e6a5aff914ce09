using System.Linq.Expressions;
using System.Reflection;
using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>
/// Registers the kit's HTML formatters with .NET Interactive's <c>Formatter</c>, found by reflection so the kit has
/// no compile-time dependency on it.
/// </summary>
internal static class InteractiveFormatters
{
    private const string FormatterTypeName = "Microsoft.DotNet.Interactive.Formatting.Formatter";
    private const string Html = "text/html";

    /// <summary>False when .NET Interactive is not loaded.</summary>
    public static bool Register()
    {
        var formatter = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(FormatterTypeName, throwOnError: false)).FirstOrDefault(t => t is not null);
        if (formatter is null) return false;
        Add(formatter, typeof(GenericChart), v => Display.ChartHtmlOnce((GenericChart)v));
        Add(formatter, typeof(Deedle.Frame<,>), v => Display.TableHtml(v) ?? "");
        Add(formatter, typeof(TableData), v => ((TableData)v).ToHtml());
        return true;
    }

    private static void Add(Type formatter, Type type, Func<object, string> html)
    {
        var methods = formatter.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Register" && !m.IsGenericMethodDefinition);
        foreach (var m in methods)
        {
            var ps = m.GetParameters();
            if (ps.Length < 3 || ps[0].ParameterType != typeof(Type) || ps[2].ParameterType != typeof(string)) continue;
            if (MakeDelegate(ps[1].ParameterType, html) is not { } del) continue;
            var args = new object?[ps.Length];
            args[0] = type; args[1] = del; args[2] = Html;
            for (int i = 3; i < ps.Length; i++) args[i] = ps[i].HasDefaultValue ? ps[i].DefaultValue : null;
            m.Invoke(null, args);
            formatter.GetMethod("SetPreferredMimeTypeFor", [typeof(Type), typeof(string)])?.Invoke(null, [type, Html]);
            return;
        }
    }

    // Builds either Action<object, TextWriter> or a delegate (object value, FormatContext context) => bool that writes to context.Writer.
    private static Delegate? MakeDelegate(Type delegateType, Func<object, string> html)
    {
        var invoke = delegateType.GetMethod("Invoke");
        if (invoke is null) return null;
        var ps = invoke.GetParameters();
        if (ps.Length != 2 || ps[0].ParameterType != typeof(object)) return null;
        var value = Expression.Parameter(typeof(object), "value");
        var second = Expression.Parameter(ps[1].ParameterType, "arg");
        Expression? writer = ps[1].ParameterType == typeof(TextWriter) ? second
            : ps[1].ParameterType.GetProperty("Writer") is { } w && typeof(TextWriter).IsAssignableFrom(w.PropertyType) ? Expression.Property(second, w) : null;
        if (writer is null) return null;
        var write = Expression.Call(writer, typeof(TextWriter).GetMethod(nameof(TextWriter.Write), [typeof(string)])!,
            Expression.Invoke(Expression.Constant(html), value));
        Expression body = invoke.ReturnType == typeof(void) ? write
            : invoke.ReturnType == typeof(bool) ? Expression.Block(write, Expression.Constant(true))
            : null!;
        if (body is null) return null;
        return Expression.Lambda(delegateType, body, value, second).Compile();
    }
}
