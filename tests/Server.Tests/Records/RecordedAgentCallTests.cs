using System.Text;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Tests.Records;

/// <summary>
/// `mediacore demo --records`: the agent answers a scripted caller over real SIP/RTP and writes the call record
/// (hashed caller, turns with latency, the reservation, the outcome); the same number calling again is greeted by name.
/// </summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordedAgentCallTests(BookedCallFixture booked) : IClassFixture<BookedCallFixture>
{
    [Fact]
    public async Task Booking_call_is_recorded_with_turns_reservation_and_resolved_outcome()
    {
        Assert.True(booked.Run.ExitCode == 0, booked.Run.ToString());
        var call = await RecordedDemo.ReadAsync(booked.Database, RecordedDemo.CallId(booked.Run));

        Assert.Equal(CallOutcome.Resolved, call.Outcome);
        Assert.NotNull(call.AnsweredAt);
        Assert.NotNull(call.EndedAt);
        Assert.Equal("en", call.Language);
        Assert.Equal("asha", call.CallerName, ignoreCase: true);
        Assert.Equal(RecordsTestKeys.CallerHash(), call.Caller);

        Assert.Equal(Speaker.Bot, call.Turns[0].Speaker);
        Assert.Contains("Himalayan Kitchen", call.Turns[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome back", call.Turns[0].Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, call.Turns.Count), call.Turns.Select(t => t.Index));
        var said = call.Turns.Where(t => t.Speaker == Speaker.Caller).Select(t => t.Text).ToArray();
        Assert.Contains("i want to book a table for four tomorrow at eight thirty", said);
        Assert.Contains("my name is asha", said);
        var replies = call.Turns.Where(t => t.Speaker == Speaker.Bot).Skip(1).ToArray();
        Assert.True(replies.Length >= 3, string.Join("\n", call.Turns.Select(t => $"{t.Speaker}: {t.Text}")));
        Assert.All(replies, r => Assert.True(r.LatencyMs is > 0 and < 10_000, $"latency {r.LatencyMs} on \"{r.Text}\""));
        Assert.True(call.Turns.Zip(call.Turns.Skip(1)).All(p => p.First.StartedAt <= p.Second.StartedAt), "turns out of time order");

        var reservation = Assert.Single(call.Entities, e => e.Kind == EntityKinds.Reservation);
        Assert.Contains("\"party_size\":4", reservation.Json, StringComparison.Ordinal);
        Assert.Contains("\"time\":\"20:30\"", reservation.Json, StringComparison.Ordinal);
        Assert.Contains("reservation", call.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caller_number_is_stored_only_as_its_hash_and_never_logged()
    {
        Assert.True(booked.Run.ExitCode == 0, booked.Run.ToString());
        var bytes = RecordedDemo.DatabaseBytes(booked.Database);
        Assert.True(bytes.Length > 0);
        foreach (var form in new[] { RecordsTestKeys.CallerNumber, RecordsTestKeys.NationalNumber, "98765 43210" })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(form)));
        }
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(RecordsTestKeys.CallerHash().Value)));
        LogScan.AssertClean(booked.Run.Output + booked.Run.Error);
    }

    [Fact]
    public async Task A_returning_caller_is_greeted_by_name()
    {
        Assert.True(booked.Run.ExitCode == 0, booked.Run.ToString());
        var again = RecordedDemo.Run(booked.Folder, booked.Database, "what are your hours", "thank you goodbye");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("[bot]    Welcome back, Asha! Namaste, thank you for calling Himalayan Kitchen!", again.Output, StringComparison.Ordinal);
        var call = await RecordedDemo.ReadAsync(booked.Database, RecordedDemo.CallId(again));
        Assert.StartsWith("Welcome back, Asha!", call.Turns[0].Text, StringComparison.Ordinal);
        Assert.Equal(RecordsTestKeys.CallerHash(), call.Caller);
        Assert.Equal(CallOutcome.Resolved, call.Outcome);
        LogScan.AssertClean(again.Output + again.Error);
    }
}

[CollectionDefinition(Name)]
public sealed class RecordsCollection
{
    public const string Name = "records over SIP";
}
