using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>Opt-out, erasure and retention.</summary>
public abstract partial class CallRecordStoreContract
{
    [Fact]
    public async Task Saying_dont_record_keeps_metadata_only_and_the_call_goes_on()
    {
        await using var store = await OpenNewAsync();
        var start = Clock.Now.AddMinutes(-3);
        var call = "optout-1";
        Assert.True(await store.StartCallAsync(new CallStart(TenantA, call, "+918000000001", Asha, ConsentType.Announced, start)));
        Assert.True(await store.AppendTurnAsync(TenantA, call, new CallTurn(0, Speaker.Caller, "my number is nine eight seven", start, start.AddSeconds(2))));
        Assert.True(await store.AppendTurnAsync(TenantA, call, new CallTurn(1, Speaker.Bot, "Sure.", start.AddSeconds(3), start.AddSeconds(4), 700)));
        Assert.False(await store.AppendTurnAsync(TenantA, call, new CallTurn(2, Speaker.Caller, "Bhaiya, record mat karo please!", start.AddSeconds(5), start.AddSeconds(7))));
        Assert.False(await store.AppendTurnAsync(TenantA, call, new CallTurn(3, Speaker.Bot, "Theek hai, recording band.", start.AddSeconds(8), start.AddSeconds(9), 650)));
        await store.AddEntityAsync(TenantA, call, CallEntity.Create(EntityKinds.Appointment, new { slot = "10:30" }, start.AddSeconds(20)));
        await store.EndCallAsync(TenantA, call, new CallEnd(CallOutcome.Resolved, start.AddSeconds(30), "hi-IN", "Asha", "secret summary"));

        var record = (await store.GetCallAsync(TenantA, call))!;
        Assert.Equal(CallOutcome.PrivacyOptOut, record.Outcome);
        Assert.Equal(ConsentType.Declined, record.Consent);
        Assert.True(record.TranscriptSuppressed);
        Assert.Null(record.CallerName);
        Assert.Null(record.Summary);
        Assert.Equal(4, record.Turns.Count);
        Assert.All(record.Turns, t => Assert.Null(t.Text));
        Assert.Equal([null, 700, null, 650], record.Turns.Select(t => t.LatencyMs));   // timings are metadata: kept
        Assert.Single(record.Entities);                                                   // the service went on
        Assert.True(await store.IsOptedOutAsync(TenantA, Asha));
        Assert.False(await store.IsOptedOutAsync(TenantB, Asha));

        // Next time the caller is remembered as opted out: no texts from the first turn, no memory.
        Assert.False(await store.StartCallAsync(new CallStart(TenantA, "optout-2", "+918000000001", Asha, ConsentType.Announced, Clock.Now)));
        Assert.False(await store.AppendTurnAsync(TenantA, "optout-2", new CallTurn(0, Speaker.Caller, "hello again", Clock.Now, Clock.Now)));
        Assert.Null(Assert.Single((await store.GetCallAsync(TenantA, "optout-2"))!.Turns).Text);
        Assert.False((await store.GetCallerMemoryAsync(TenantA, Asha)).IsReturning);

        await store.ClearOptOutAsync(TenantA, Asha);
        Assert.True(await store.StartCallAsync(new CallStart(TenantA, "optout-3", "+918000000001", Asha, ConsentType.Explicit, Clock.Now)));
    }

    [Fact]
    public async Task An_explicit_suppression_erases_texts_already_stored()
    {
        await using var store = await OpenNewAsync();
        var call = await AddCallAsync(store, TenantA, null, Clock.Now, turns: 3, outcome: null);
        await store.SuppressTranscriptAsync(TenantA, call);
        await store.EndCallAsync(TenantA, call, new CallEnd(CallOutcome.Dropped, Clock.Now.AddMinutes(1)));
        var record = (await store.GetCallAsync(TenantA, call))!;
        Assert.All(record.Turns, t => Assert.Null(t.Text));
        Assert.Equal(CallOutcome.PrivacyOptOut, record.Outcome);
    }

    [Fact]
    public async Task Retention_purge_clears_old_texts_and_numbers_and_deletes_old_entities_with_dry_run()
    {
        await using var store = await OpenNewAsync();
        var number = new Pipeline.Privacy.EncryptedNumber(new byte[40]);
        var veryOld = await AddCallAsync(store, TenantA, Asha, Clock.Now.AddDays(-400), turns: 3, outcome: null);
        await store.AddEntityAsync(TenantA, veryOld, CallEntity.Create(EntityKinds.Reservation, new { old = true }, Clock.Now.AddDays(-400), number));
        await store.EndCallAsync(TenantA, veryOld, new CallEnd(CallOutcome.Resolved, Clock.Now.AddDays(-400).AddMinutes(2), null, "Asha", "old summary"));
        var old = await AddCallAsync(store, TenantB, Ravi, Clock.Now.AddDays(-100), turns: 2, outcome: null);
        await store.AddEntityAsync(TenantB, old, CallEntity.Create(EntityKinds.Callback, new { cb = 1 }, Clock.Now.AddDays(-100), number));
        await store.EndCallAsync(TenantB, old, new CallEnd(CallOutcome.Resolved, Clock.Now.AddDays(-100).AddMinutes(2)));
        var recent = await AddCallAsync(store, TenantA, Asha, Clock.Now.AddDays(-10), turns: 2, outcome: null);
        await store.AddEntityAsync(TenantA, recent, CallEntity.Create(EntityKinds.Reservation, new { recent = true }, Clock.Now.AddDays(-10), number));
        await store.EndCallAsync(TenantA, recent, new CallEnd(CallOutcome.Resolved, Clock.Now.AddDays(-10).AddMinutes(2), null, "Asha", "recent summary"));

        var expected = new PurgeReport(DryRun: true, TurnTextsCleared: 5, CallTextsCleared: 1, EncryptedNumbersCleared: 2, EntitiesDeleted: 1);
        Assert.Equal(expected, await store.PurgeAsync(new RetentionPolicy(), dryRun: true));
        Assert.Equal(expected, await store.PurgeAsync(new RetentionPolicy(), dryRun: true));   // a dry run changes nothing
        Assert.Equal(expected with { DryRun = false }, await store.PurgeAsync(new RetentionPolicy(), dryRun: false));
        Assert.Equal(new PurgeReport(false, 0, 0, 0, 0), await store.PurgeAsync(new RetentionPolicy(), dryRun: false));

        var a = (await store.GetCallAsync(TenantA, veryOld))!;
        Assert.All(a.Turns, t => Assert.Null(t.Text));
        Assert.Equal(3, a.Turns.Count);
        Assert.Null(a.Summary);
        Assert.Empty(a.Entities);
        Assert.Equal(CallOutcome.Resolved, a.Outcome);   // metadata stays
        var b = (await store.GetCallAsync(TenantB, old))!;
        Assert.Null(Assert.Single(b.Entities).ContactNumber);
        Assert.All(b.Turns, t => Assert.Null(t.Text));
        var c = (await store.GetCallAsync(TenantA, recent))!;
        Assert.All(c.Turns, t => Assert.NotNull(t.Text));
        Assert.Equal("recent summary", c.Summary);
        Assert.NotNull(Assert.Single(c.Entities).ContactNumber);

        // A year later with a shorter, configured policy everything personal is gone.
        Clock.Now = Clock.Now.AddDays(30);
        var shortPolicy = new RetentionPolicy { Transcripts = TimeSpan.FromDays(7), EncryptedNumbers = TimeSpan.FromDays(7), Entities = TimeSpan.FromDays(35) };
        Assert.Equal(new PurgeReport(false, 2, 1, 1, 2), await store.PurgeAsync(shortPolicy, dryRun: false));
    }
}
