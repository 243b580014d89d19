using MediaCore.Pipeline.Calls;
using MediaCore.Server.Streams.Agent;

namespace MediaCore.Server.Tests.StreamsAgent;

public sealed class MarkPositionsTests
{
    [Fact]
    public void Nothing_maps_before_a_mark_was_issued_then_id_zero_means_nothing_heard()
    {
        var positions = new MarkPositions();
        Assert.False(positions.TryGet(0, out _));
        positions.Add(1, new PlayoutPosition(2, 0, 1_600));
        Assert.True(positions.TryGet(0, out var none));
        Assert.Equal(PlayoutPosition.None, none);
        Assert.True(positions.TryGet(1, out var first));
        Assert.Equal(new PlayoutPosition(2, 0, 1_600), first);
    }

    [Fact]
    public void A_mark_overwritten_by_one_a_ring_later_is_unknown()
    {
        var positions = new MarkPositions();
        for (long id = 1; id <= 300; id++)
            positions.Add(id, new PlayoutPosition(1, (int)id, 0));
        Assert.False(positions.TryGet(10, out _));
        Assert.True(positions.TryGet(300, out var last));
        Assert.Equal(300, last.Segment);
        Assert.False(positions.TryGet(301, out _));
    }
}
