using System.Reflection;
using Deedle;

namespace Parallax.Frames;

/// <summary>Reads any Deedle frame (whatever its key types) as a <see cref="TableData"/>.</summary>
public static class DeedleFrames
{
    private static readonly MethodInfo ReadMethod = typeof(DeedleFrames).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>True for <c>Frame&lt;R, C&gt;</c> of any key types.</summary>
    public static bool IsFrame(Type type) => FrameType(type) is not null;

    /// <summary>The frame's rows: a first column with the row key, then one column per frame column (missing values empty).</summary>
    public static TableData ToTable(object frame)
    {
        var t = FrameType(frame.GetType()) ?? throw new ArgumentException("not a Deedle frame", nameof(frame));
        return (TableData)ReadMethod.MakeGenericMethod(t.GetGenericArguments()).Invoke(null, [frame])!;
    }

    private static Type? FrameType(Type? type)
    {
        for (; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Frame<,>)) return type;
        return null;
    }

    private static TableData Read<R, C>(Frame<R, C> frame)
    {
        var columnKeys = frame.ColumnKeys.ToList();
        var columns = columnKeys.Select(c => frame.GetColumn<object>(c)).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var key in frame.RowKeys)
        {
            var row = new object?[columns.Count + 1];
            row[0] = key;
            for (int i = 0; i < columns.Count; i++)
            {
                var v = columns[i].TryGet(key);
                row[i + 1] = v.HasValue ? v.Value : null;
            }
            rows.Add(row);
        }
        return new TableData(["", .. columnKeys.Select(c => TableData.Text(c))], rows);
    }
}
