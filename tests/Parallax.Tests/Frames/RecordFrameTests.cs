using Deedle;
using Parallax.Frames;
using DFrame = Deedle.Frame;

namespace Parallax.Tests.Frames;

public sealed class RecordFrameTests
{
    private sealed record Row(string Id, string? Outlet, int Words, double Rate, bool Flag);

    [Fact]
    public void A_frame_of_records_equals_the_one_Deedle_builds_by_reflection()
    {
        Row[] rows = [new("a", "Daily Post", 600, 1.5, true), new("b", null, 0, double.NaN, false), new("c", "Le Courrier", 12, 0.25, true)];
        var fast = RecordFrame.Of(rows);
        var reference = DFrame.FromRecords(rows);

        Assert.Equal(reference.RowKeys, fast.RowKeys);
        Assert.Equal(reference.ColumnKeys, fast.ColumnKeys);
        Assert.Equal(reference.ColumnTypes, fast.ColumnTypes);
        Assert.Equal(DeedleFrames.ToTable(reference).Rows, DeedleFrames.ToTable(fast).Rows);
        // null and NaN are missing values, as in Deedle's own frames
        Assert.False(fast.GetColumn<string>("Outlet").TryGet(1).HasValue);
        Assert.False(fast.GetColumn<double>("Rate").TryGet(1).HasValue);
        Assert.Equal(612, fast.GetColumn<int>("Words").Sum());
        Assert.Equal(0, RecordFrame.Of(Array.Empty<Row>()).RowCount);
        Assert.Equal(5, RecordFrame.Of(Array.Empty<Row>()).ColumnCount);
    }
}
