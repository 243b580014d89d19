using MediaCore.Server.Streams;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Tests.Streams;

public sealed class PlayoutTrackerTests
{
    [Fact]
    public void Acknowledging_a_mark_moves_the_heard_point_to_where_it_was_issued()
    {
        var tracker = new PlayoutTracker(16_000);
        tracker.OnAudioSent(1_600);
        var first = tracker.IssueMark();
        tracker.OnAudioSent(1_600);
        var second = tracker.IssueMark();
        Assert.True(tracker.TryAcknowledge(second, out var mark));   // a later ack covers the earlier mark too
        Assert.Equal(3_200, mark.PlayedSamples);
        Assert.Equal(TimeSpan.FromMilliseconds(200), mark.PlayedDuration);
        Assert.False(tracker.TryAcknowledge(first, out _));
        Assert.Equal(0, tracker.PendingMarks);
    }

    [Fact]
    public void Clear_writes_off_unheard_audio_and_ignores_echoes_of_marks_issued_before_it()
    {
        var tracker = new PlayoutTracker(8_000);
        tracker.OnAudioSent(800);
        var heard = tracker.IssueMark();
        tracker.OnAudioSent(800);
        var unheard = tracker.IssueMark();
        Assert.True(tracker.TryAcknowledge(heard, out _));
        var lastHeard = tracker.Clear();
        Assert.Equal(800, lastHeard.PlayedSamples);
        Assert.Equal(800, tracker.SentSamples);
        Assert.False(tracker.TryAcknowledge(unheard, out _));   // Twilio echoes pending marks on clear: not "played"
        tracker.OnAudioSent(400);
        Assert.True(tracker.TryAcknowledge(tracker.IssueMark(), out var after));
        Assert.Equal(1_200, after.PlayedSamples);
    }

    [Theory]
    [InlineData("mc-17", true, 17)]
    [InlineData("mc-0", false, 0)]
    [InlineData("mc-", false, 0)]
    [InlineData("mc-12x", false, 0)]
    [InlineData("greeting", false, 0)]
    public void Mark_names_round_trip_and_foreign_names_are_rejected(string name, bool ours, long id)
    {
        Assert.Equal(ours, MarkNames.TryParseId(System.Text.Encoding.ASCII.GetBytes(name), out var parsed));
        if (!ours)
            return;
        Assert.Equal(id, parsed);
        Span<byte> buffer = stackalloc byte[MarkNames.MaxLength];
        Assert.Equal(name, System.Text.Encoding.ASCII.GetString(buffer[..MarkNames.Write(id, buffer)]));
    }
}
