using Deedle;
using Parallax.Frames;
using DFrame = Deedle.Frame;

namespace Parallax.Tests.Frames;

public sealed class ColumnFrameTests
{
    [Fact]
    public void A_frame_built_from_columns_equals_the_one_built_from_a_2D_array()
    {
        string[] rows = ["a|x", "b|y", "c|z"];
        string[] columns = ["Daily Post", "Le Courrier"];
        double[][] values = [[1, 0, 3], [0, 5, 6]];
        var direct = ColumnFrame.Create(rows, columns, values);
        var cells = new double[3, 2];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 2; c++) cells[r, c] = values[c][r];
        var reference = DFrame.FromArray2D(cells).IndexRowsWith(rows).IndexColumnsWith(columns);

        Assert.Equal(reference.RowKeys, direct.RowKeys);
        Assert.Equal(reference.ColumnKeys, direct.ColumnKeys);
        foreach (var c in columns)
            foreach (var r in rows) Assert.Equal(reference.GetColumn<double>(c)[r], direct.GetColumn<double>(c)[r]);
        Assert.Equal(5.0, direct.GetColumn<double>("Le Courrier")["b|y"]);
        Assert.Equal(11.0, direct.GetColumn<double>("Le Courrier").Sum());
        Assert.Equal(3, direct.Rows.KeyCount);
        Assert.Throws<ArgumentException>(() => ColumnFrame.Create(rows, columns, [values[0]]));
        Assert.Throws<ArgumentException>(() => ColumnFrame.Create(rows, columns, [values[0], [1.0]]));
    }
}
