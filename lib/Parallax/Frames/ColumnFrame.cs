using Deedle;
using Deedle.Indices.Linear;
using Deedle.Vectors;
using Microsoft.FSharp.Core;

namespace Parallax.Frames;

/// <summary>
/// Builds a Deedle frame straight from its keys and one array per column: no per-cell copy, no index alignment. For
/// wide tables (thousands of rows × hundreds of columns) where <c>Frame.FromArray2D</c> and re-indexing are slow.
/// </summary>
public static class ColumnFrame
{
    /// <summary>A frame with <paramref name="rows"/> and <paramref name="columns"/> as keys; <paramref name="values"/>[c][r] is the cell.</summary>
    public static Frame<TRow, TColumn> Create<TRow, TColumn, TValue>(IReadOnlyList<TRow> rows, IReadOnlyList<TColumn> columns, IReadOnlyList<TValue[]> values)
    {
        if (values.Count != columns.Count) throw new ArgumentException($"{values.Count} columns of values for {columns.Count} column keys");
        if (values.Any(v => v.Length != rows.Count)) throw new ArgumentException($"every column must hold {rows.Count} values");
        var indexes = LinearIndexBuilder.Instance;
        var vectors = Deedle.Vectors.ArrayVector.ArrayVectorBuilder.Instance;
        var data = vectors.Create(values.Select(v => (IVector)vectors.Create(v)).ToArray());
        return new Frame<TRow, TColumn>(indexes.Create(rows, FSharpOption<bool>.None), indexes.Create(columns, FSharpOption<bool>.None), data, indexes, vectors);
    }

    /// <summary>A frame with rows 0..<paramref name="rows"/>-1 and the named columns (made by <see cref="Column{T}"/>), as <c>Frame.FromRecords</c> lays it out.</summary>
    public static Frame<int, string> Create(int rows, params (string Name, IVector Values)[] columns)
    {
        if (columns.Any(c => c.Values.Length != rows)) throw new ArgumentException($"every column must hold {rows} values");
        var indexes = LinearIndexBuilder.Instance;
        var vectors = Deedle.Vectors.ArrayVector.ArrayVectorBuilder.Instance;
        var data = vectors.Create(Array.ConvertAll(columns, c => c.Values));
        return new Frame<int, string>(indexes.Create(Enumerable.Range(0, rows).ToArray(), FSharpOption<bool>.None),
            indexes.Create(Array.ConvertAll(columns, c => c.Name), FSharpOption<bool>.None), data, indexes, vectors);
    }

    /// <summary>A column of <paramref name="values"/>, null and NaN missing (as in Deedle's own frames).</summary>
    public static IVector Column<T>(T[] values)
    {
        var vectors = Deedle.Vectors.ArrayVector.ArrayVectorBuilder.Instance;
        if (!Array.Exists(values, IsMissing)) return vectors.Create(values);
        return vectors.CreateMissing(Array.ConvertAll(values, v => IsMissing(v) ? OptionalValue<T>.Missing : new OptionalValue<T>(v)));
    }

    private static bool IsMissing<T>(T value) => value is null || (value is double d && double.IsNaN(d)) || (value is float f && float.IsNaN(f));
}
