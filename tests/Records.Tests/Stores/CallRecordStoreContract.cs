using System.Security.Cryptography;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Pipeline.Records.Storage;

namespace MediaCore.Records.Tests.Stores;

/// <summary>
/// The behaviour every <see cref="ICallRecordStore"/> engine must show. SQLite and PostgreSQL each run this whole
/// suite through a subclass that only says how to make an empty database. Split by concern into partial files.
/// </summary>
public abstract partial class CallRecordStoreContract
{
    protected static readonly TenantId TenantA = new("tenant-a");
    protected static readonly TenantId TenantB = new("tenant-b");
    protected static readonly CallerHash Asha = Hash('a');
    protected static readonly CallerHash Ravi = Hash('b');

    protected readonly PinnedClock Clock = PinnedClock.Default();

    /// <summary>Options for a brand-new, empty database.</summary>
    protected abstract RecordStoreOptions NewDatabase();

    /// <summary>The crash helper's engine and target arguments for this database.</summary>
    protected abstract string[] CrashHelperTarget(RecordStoreOptions options);

    protected Task<CallRecordStore> OpenAsync(RecordStoreOptions options) => RecordStoreFactory.OpenAsync(options with { Clock = Clock });

    protected async Task<CallRecordStore> OpenNewAsync() => await OpenAsync(NewDatabase());

    protected static CallerHash Hash(char c) => new(new string(c, CallerHash.HexLength));

    /// <summary>Starts a call at <paramref name="start"/> with <paramref name="turns"/> alternating turns.</summary>
    protected static async Task<string> AddCallAsync(ICallRecordStore store, TenantId tenant, CallerHash? caller, DateTimeOffset start,
        int turns = 2, CallOutcome? outcome = CallOutcome.Resolved, string? callId = null, int latencyMs = 400)
    {
        callId ??= "call-" + Guid.NewGuid().ToString("N")[..10];
        await store.StartCallAsync(new CallStart(tenant, callId, "+918000000001", caller, ConsentType.Announced, start));
        await store.AnswerCallAsync(tenant, callId, start.AddSeconds(1));
        for (var i = 0; i < turns; i++)
        {
            var at = start.AddSeconds(2 + i * 3);
            var speaker = i % 2 == 0 ? Speaker.Caller : Speaker.Bot;
            await store.AppendTurnAsync(tenant, callId, new CallTurn(i, speaker, $"{speaker} says {i}", at, at.AddSeconds(2),
                speaker == Speaker.Bot ? latencyMs : null));
        }
        if (outcome is { } o) await store.EndCallAsync(tenant, callId, new CallEnd(o, start.AddSeconds(60), "hi-IN"));
        return callId;
    }

    [Fact]
    public async Task Migrations_run_once_and_are_tracked_in_schema_version()
    {
        var options = NewDatabase();
        await using (var first = await OpenAsync(options))
            Assert.Equal(Migrations.All[^1].Version, await first.SchemaVersionAsync());
        await using var second = await OpenAsync(options);
        Assert.Equal(Migrations.All[^1].Version, await second.SchemaVersionAsync());
    }

    [Fact]
    public async Task A_call_round_trips_with_turns_entities_and_outcome()
    {
        await using var store = await OpenNewAsync();
        var start = Clock.Now.AddMinutes(-5);
        var call = "sip-call-1@pbx";
        Assert.True(await store.StartCallAsync(new CallStart(TenantA, call, "+918000000001", Asha, ConsentType.Announced, start)));
        await store.AnswerCallAsync(TenantA, call, start.AddMilliseconds(800));
        var hello = new CallTurn(0, Speaker.Caller, "namaste, table for four tonight?", start.AddSeconds(1), start.AddSeconds(3));
        var reply = new CallTurn(1, Speaker.Bot, "Zaroor. Kis naam se?", start.AddSeconds(3.5), start.AddSeconds(5), 512);
        Assert.True(await store.AppendTurnAsync(TenantA, call, hello));
        Assert.True(await store.AppendTurnAsync(TenantA, call, reply));
        var reservation = CallEntity.Create(EntityKinds.Reservation, new Reservation("Asha", 4, "2025-06-01T20:00"), start.AddSeconds(30));
        await store.AddEntityAsync(TenantA, call, reservation);
        await store.EndCallAsync(TenantA, call, new CallEnd(CallOutcome.Resolved, start.AddSeconds(90), "hi-IN", "Asha", "table for 4 at 8pm"));

        var record = await store.GetCallAsync(TenantA, call);
        Assert.NotNull(record);
        Assert.Equal(TenantA, record.Tenant);
        Assert.Equal("+918000000001", record.Did);
        Assert.Equal(Asha, record.Caller);
        Assert.Equal(start, record.StartedAt);
        Assert.Equal(start.AddMilliseconds(800), record.AnsweredAt);
        Assert.Equal(TimeSpan.FromSeconds(90), record.Duration);
        Assert.Equal(CallOutcome.Resolved, record.Outcome);
        Assert.Equal("hi-IN", record.Language);
        Assert.Equal(ConsentType.Announced, record.Consent);
        Assert.Equal("Asha", record.CallerName);
        Assert.Equal("table for 4 at 8pm", record.Summary);
        Assert.Equal([hello, reply], record.Turns);
        var stored = Assert.Single(record.Entities);
        Assert.Equal(reservation with { ContactNumber = null }, stored);
        Assert.Equal(new Reservation("Asha", 4, "2025-06-01T20:00"), stored.Read<Reservation>());
    }

    [Fact]
    public async Task Writes_to_an_unknown_or_ended_call_are_refused()
    {
        await using var store = await OpenNewAsync();
        var call = await AddCallAsync(store, TenantA, Asha, Clock.Now, outcome: CallOutcome.Resolved);
        var turn = new CallTurn(9, Speaker.Caller, "late", Clock.Now, Clock.Now);
        await Assert.ThrowsAsync<CallRecordNotFoundException>(() => store.AppendTurnAsync(TenantA, call, turn));
        await Assert.ThrowsAsync<CallRecordNotFoundException>(() => store.AppendTurnAsync(TenantA, "no-such-call", turn));
        await Assert.ThrowsAsync<CallRecordNotFoundException>(() => store.EndCallAsync(TenantA, call, new CallEnd(CallOutcome.Dropped)));
    }

    [Fact]
    public async Task An_entity_with_malformed_json_is_rejected_before_storage()
    {
        await using var store = await OpenNewAsync();
        var call = await AddCallAsync(store, TenantA, Asha, Clock.Now, outcome: null);
        var bad = new CallEntity("e1", EntityKinds.Booking, "{not json", Clock.Now);
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => store.AddEntityAsync(TenantA, call, bad));
        Assert.Empty((await store.GetCallAsync(TenantA, call))!.Entities);
    }

    [Fact]
    public async Task A_sealed_confirmation_number_is_stored_and_opens_only_for_its_tenant()
    {
        await using var store = await OpenNewAsync();
        var keys = new PrivacyKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var cipher = new ContactNumberCipher(keys);
        var call = await AddCallAsync(store, TenantA, Asha, Clock.Now, outcome: null);
        var callback = CallEntity.Create(EntityKinds.Callback, new { when = "tomorrow 10am" }, Clock.Now, cipher.Encrypt(TenantA, "+919876543210"));
        await store.AddEntityAsync(TenantA, call, callback);

        var stored = Assert.Single((await store.GetCallAsync(TenantA, call))!.Entities);
        Assert.NotNull(stored.ContactNumber);
        Assert.DoesNotContain("9876543210", stored.Json);
        Assert.Equal("+919876543210", cipher.DecryptForSending(TenantA, stored.ContactNumber));
        Assert.Throws<CryptographicException>(() => cipher.DecryptForSending(TenantB, stored.ContactNumber));
    }

    protected sealed record Reservation(string Name, int Party, string At);
}
