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
}
