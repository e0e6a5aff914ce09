using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Deedle;

namespace Parallax.Frames;

/// <summary>
/// A frame of records, as <c>Frame.FromRecords</c> makes it (rows 0..n-1, one column per public property, null or
/// NaN missing), with one compiled getter per property and one typed array per column instead of a reflective read
/// per cell: for summary tables of 100,000 articles.
/// </summary>
public static class RecordFrame
{
    private static readonly ConcurrentDictionary<Type, object> Columns = new();

    /// <summary>The frame of <paramref name="rows"/>.</summary>
    public static Frame<int, string> Of<T>(IReadOnlyList<T> rows)
    {
        var columns = (Column<T>[])Columns.GetOrAdd(typeof(T), _ => ColumnsOf<T>());
        return ColumnFrame.Create(rows.Count, Array.ConvertAll(columns, c => (c.Name, c.Vector(rows))));
    }

    private static Column<T>[] ColumnsOf<T>() =>
        typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (Column<T>)typeof(RecordFrame).GetMethod(nameof(ColumnOf), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), p.PropertyType).Invoke(null, [p])!)
            .ToArray();

    private static Column<T> ColumnOf<T, TValue>(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(T));
        var get = Expression.Lambda<Func<T, TValue>>(Expression.Property(row, property), row).Compile();
        return new Column<T>(property.Name, rows =>
        {
            var values = new TValue[rows.Count];
            for (int i = 0; i < values.Length; i++) values[i] = get(rows[i]);
            return ColumnFrame.Column(values);
        });
    }

    private sealed record Column<T>(string Name, Func<IReadOnlyList<T>, IVector> Vector);
}
