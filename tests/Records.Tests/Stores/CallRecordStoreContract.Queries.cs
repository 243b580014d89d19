using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>Listing, paging, tenant isolation, analytics and caller memory.</summary>
public abstract partial class CallRecordStoreContract
{
    [Fact]
    public async Task Listing_pages_newest_first_without_gaps_or_repeats_and_filters()
    {
        await using var store = await OpenNewAsync();
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
            ids.Add(await AddCallAsync(store, TenantA, Asha, Clock.Now.AddHours(-i), outcome: i % 3 == 0 ? CallOutcome.Dropped : CallOutcome.Resolved));

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await store.ListCallsAsync(TenantA, new CallQuery { Limit = 3, Cursor = cursor });
            Assert.All(page.Calls, c => Assert.Empty(c.Turns));
            seen.AddRange(page.Calls.Select(c => c.CallId));
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null);
        Assert.Equal(3, pages);
        Assert.Equal(ids, seen);

        var dropped = await store.ListCallsAsync(TenantA, new CallQuery { Outcome = CallOutcome.Dropped });
        Assert.Equal([ids[0], ids[3], ids[6]], dropped.Calls.Select(c => c.CallId));
        var window = await store.ListCallsAsync(TenantA, new CallQuery { From = Clock.Now.AddHours(-4), To = Clock.Now.AddHours(-1) });
        Assert.Equal([ids[2], ids[3], ids[4]], window.Calls.Select(c => c.CallId));
    }

    [Fact]
    public async Task Tenant_A_never_sees_tenant_B_rows()
    {
        await using var store = await OpenNewAsync();
        var shared = "same-call-id";
        var a = await AddCallAsync(store, TenantA, Asha, Clock.Now.AddMinutes(-10), callId: shared);
        await store.AddEntityAsync(TenantA, a, CallEntity.Create(EntityKinds.Booking, new { seats = 2 }, Clock.Now));
        await AddCallAsync(store, TenantB, Asha, Clock.Now.AddMinutes(-5), callId: shared, outcome: CallOutcome.Fallback);
        var bOnly = await AddCallAsync(store, TenantB, Ravi, Clock.Now.AddMinutes(-4));

        Assert.Equal(TenantA, (await store.GetCallAsync(TenantA, shared))!.Tenant);
        Assert.Equal(CallOutcome.Fallback, (await store.GetCallAsync(TenantB, shared))!.Outcome);
        Assert.Null(await store.GetCallAsync(TenantA, bOnly));
        Assert.All((await store.ListCallsAsync(TenantA, new CallQuery())).Calls, c => Assert.Equal(TenantA, c.Tenant));
        Assert.Equal(2, (await store.ListCallsAsync(TenantB, new CallQuery())).Calls.Count);
        Assert.Empty(await store.ListEntitiesAsync(TenantB));
        Assert.Empty((await store.GetAnalyticsAsync(TenantB, Clock.Now.AddDays(-1), Clock.Now)).Extractions);
        Assert.Equal(2, (await store.GetAnalyticsAsync(TenantB, Clock.Now.AddDays(-1), Clock.Now)).Calls);
        await Assert.ThrowsAsync<CallRecordNotFoundException>(() =>
            store.AppendTurnAsync(TenantA, bOnly, new CallTurn(5, Speaker.Caller, "x", Clock.Now, Clock.Now)));
        await Assert.ThrowsAsync<CallRecordNotFoundException>(() =>
            store.AddEntityAsync(TenantA, bOnly, CallEntity.Create(EntityKinds.Booking, new { }, Clock.Now)));

        // Erasing Asha at tenant B leaves her tenant A history alone.
        var report = await store.DeleteCallerDataAsync(TenantB, Asha);
        Assert.Equal(new CallerDeletionReport(1, 2, 0), report);
        Assert.NotNull(await store.GetCallAsync(TenantA, shared));
        Assert.Null(await store.GetCallAsync(TenantB, shared));
        Assert.NotNull(await store.GetCallAsync(TenantB, bOnly));
        Assert.True((await store.GetCallerMemoryAsync(TenantA, Asha)).IsReturning);
        Assert.False((await store.GetCallerMemoryAsync(TenantB, Asha)).IsReturning);
    }

    [Fact]
    public async Task Analytics_count_outcomes_durations_extractions_and_latency_percentiles()
    {
        await using var store = await OpenNewAsync();
        var start = Clock.Now.AddHours(-2);
        // 100 bot turns with latencies 1..100 ms across two calls: p50 = 50, p90 = 90, p99 = 99 (nearest rank).
        var first = await AddCallAsync(store, TenantA, Asha, start, turns: 0, outcome: null);
        var second = await AddCallAsync(store, TenantA, Ravi, start.AddMinutes(1), turns: 0, outcome: null);
        for (var i = 0; i < 100; i++)
        {
            var call = i % 2 == 0 ? first : second;
            var at = start.AddSeconds(10 + i);
            await store.AppendTurnAsync(TenantA, call, new CallTurn(i, Speaker.Bot, "ok", at, at, 100 - i));
        }
        await store.AddEntityAsync(TenantA, first, CallEntity.Create(EntityKinds.Reservation, new { party = 2 }, start));
        await store.AddEntityAsync(TenantA, second, CallEntity.Create(EntityKinds.Reservation, new { party = 3 }, start));
        await store.AddEntityAsync(TenantA, second, CallEntity.Create(EntityKinds.Eligibility, new { eligible = true }, start));
        await store.EndCallAsync(TenantA, first, new CallEnd(CallOutcome.Resolved, start.AddSeconds(120)));
        await store.EndCallAsync(TenantA, second, new CallEnd(CallOutcome.Dropped, start.AddMinutes(1).AddSeconds(60)));
        await AddCallAsync(store, TenantA, Asha, start.AddMinutes(2), turns: 0, outcome: null);   // still up
        await AddCallAsync(store, TenantA, Asha, start.AddDays(-3));                               // outside the period

        var stats = await store.GetAnalyticsAsync(TenantA, start, Clock.Now);
        Assert.Equal(3, stats.Calls);
        Assert.Equal(TimeSpan.FromSeconds(90), stats.AverageDuration);
        Assert.Equal(new Dictionary<CallOutcome, int> { [CallOutcome.Resolved] = 1, [CallOutcome.Dropped] = 1 }, stats.Outcomes);
        Assert.Equal(new Dictionary<string, int> { [EntityKinds.Reservation] = 2, [EntityKinds.Eligibility] = 1 }, stats.Extractions);
        Assert.Equal(50, stats.LatencyP50Ms);
        Assert.Equal(90, stats.LatencyP90Ms);
        Assert.Equal(99, stats.LatencyP99Ms);

        var empty = await store.GetAnalyticsAsync(TenantA, Clock.Now.AddYears(-9), Clock.Now.AddYears(-8));
        Assert.Equal(0, empty.Calls);
        Assert.Null(empty.AverageDuration);
        Assert.Null(empty.LatencyP50Ms);
    }

    [Fact]
    public async Task Caller_memory_recalls_name_recent_calls_and_bookings()
    {
        await using var store = await OpenNewAsync();
        Assert.False((await store.GetCallerMemoryAsync(TenantA, Asha)).IsReturning);
        Assert.Equal("First-time caller.", (await store.GetCallerMemoryAsync(TenantA, Asha)).Describe());

        var days = new[] { -30, -20, -10, -2 };
        var calls = new List<string>();
        foreach (var day in days)
        {
            var start = Clock.Now.AddDays(day);
            var call = await AddCallAsync(store, TenantA, Asha, start, outcome: null);
            await store.AddEntityAsync(TenantA, call, CallEntity.Create(EntityKinds.Reservation, new { day }, start.AddSeconds(30)));
            var name = day == -20 ? "Asha Rao" : null;   // captured once; later calls did not ask
            await store.EndCallAsync(TenantA, call, new CallEnd(CallOutcome.Resolved, start.AddMinutes(2), "en-IN", name, $"booked on day {day}"));
            calls.Add(call);
        }
        await AddCallAsync(store, TenantA, Asha, Clock.Now, outcome: null);   // the call asking: not a memory yet
        await AddCallAsync(store, TenantA, Ravi, Clock.Now.AddDays(-1));

        var memory = await store.GetCallerMemoryAsync(TenantA, Asha, recentCalls: 2);
        Assert.True(memory.IsReturning);
        Assert.Equal("Asha Rao", memory.Name);
        Assert.Equal([calls[3], calls[2]], memory.RecentCalls.Select(c => c.CallId));
        Assert.Equal(2, memory.RecentEntities.Count);
        Assert.Equal(Clock.Now.AddDays(-2).AddSeconds(30), memory.RecentEntities[0].CreatedAt);
        var text = memory.Describe();
        Assert.Contains("Asha Rao", text);
        Assert.Contains("booked on day -2", text);
        Assert.Contains("reservation", text);
        Assert.DoesNotContain("booked on day -20", text);
    }
}
