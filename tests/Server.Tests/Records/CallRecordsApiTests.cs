using Google.Protobuf.WellKnownTypes;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Client;
using MediaCore.Server.Grpc;
using MediaCore.Server.Hosting;
using MediaCore.Server.Protos.V1;
using MediaCore.Server.Tests.Hosting;
using Microsoft.Extensions.Logging;
using Outcome = MediaCore.Pipeline.Records.CallOutcome;
using ProtoOutcome = MediaCore.Server.Protos.V1.CallOutcome;

namespace MediaCore.Server.Tests.Records;

/// <summary>
/// mediacore.v1.CallRecords through the C# client against a real host (records: configured, SQLite in a temp folder,
/// echo handler so no engines load): tenant isolation, paging, one call with turns/entities/latency, NOT_FOUND,
/// INVALID_ARGUMENT, right to deletion and analytics; no phone number ever comes back or reaches the logs.
/// </summary>
public sealed class CallRecordsApiTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private const string OtherCaller = "+919811122233";

    [Fact]
    public async Task CallRecords_are_per_tenant_paged_detailed_deletable_and_summarised()
    {
        RecordsTestKeys.Install();
        using var temp = new TempFolder();
        var logs = new CapturingLoggerProvider();
        var hostLog = new List<string>();
        var config = HostTestConfig.Create(temp, http: false) with
        {
            Records = new RecordsServeConfig { File = "test", Store = new RecordStoreOptions { Path = temp.File("records.db") } },
        };
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = config,
            Handler = new EchoHandlerSelector(),
            Log = line => { lock (hostLog) hostLog.Add(line); },
            ConfigureLogging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug),
        });
        var store = host.Records!.Store;
        var hasher = new CallerHasher(RecordsTestKeys.Install(), new PhoneNumberNormalizer("91"));
        for (int i = 0; i < 5; i++)
            await SeedAsync(store, "tenant-a", $"a-{i}", hasher.Hash(i < 3 ? RecordsTestKeys.CallerNumber : OtherCaller), Day.AddHours(i), Outcome.Resolved);
        await SeedAsync(store, "tenant-b", "b-0", hasher.Hash(RecordsTestKeys.CallerNumber), Day.AddHours(1), Outcome.Dropped);
        await SeedAsync(store, "tenant-b", "b-1", hasher.Hash(RecordsTestKeys.CallerNumber), Day.AddHours(2), Outcome.Error);

        using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control!.Port}"), HostTestConfig.Token);

        // Tenant isolation and paging: 5 of tenant A in pages of 2, newest first; never a tenant B row.
        var pages = new List<ListCallRecordsResponse>();
        var request = new ListCallRecordsRequest { TenantId = "tenant-a", PageSize = 2 };
        do
        {
            var page = await client.ListCallRecordsAsync(request);
            pages.Add(page);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        Assert.Equal([2, 2, 1], pages.Select(p => p.Records.Count));
        var listed = pages.SelectMany(p => p.Records).ToList();
        Assert.Equal(["a-4", "a-3", "a-2", "a-1", "a-0"], listed.Select(r => r.CallId));
        Assert.All(listed, r => Assert.Equal("tenant-a", r.TenantId));
        Assert.All(listed, r => Assert.Empty(r.Turns));
        Assert.Equal(2, await client.ListAllCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-b" }).CountAsync());
        var dropped = await client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-b", Outcome = ProtoOutcome.Dropped });
        Assert.Equal("b-0", Assert.Single(dropped.Records).CallId);
        var window = await client.ListCallRecordsAsync(new ListCallRecordsRequest
        {
            TenantId = "tenant-a", From = Timestamp.FromDateTimeOffset(Day.AddHours(1)), To = Timestamp.FromDateTimeOffset(Day.AddHours(3)),
        });
        Assert.Equal(["a-2", "a-1"], window.Records.Select(r => r.CallId));

        // One call in full; another tenant's call id is NOT_FOUND, not a leak.
        var detail = await client.GetCallRecordAsync("tenant-a", "a-1");
        Assert.Equal(ProtoOutcome.Resolved, detail.Outcome);
        Assert.Equal(hasher.Hash(RecordsTestKeys.CallerNumber).Value, detail.CallerHash);
        Assert.Equal(TimeSpan.FromMinutes(2), detail.Duration.ToTimeSpan());
        Assert.Equal([Protos.V1.Speaker.Bot, Protos.V1.Speaker.Caller, Protos.V1.Speaker.Bot], detail.Turns.Select(t => t.Speaker));
        Assert.Equal("what are your hours", detail.Turns[1].Text);
        Assert.False(detail.Turns[1].HasLatencyMs);
        Assert.Equal(700, detail.Turns[2].LatencyMs);
        var entity = Assert.Single(detail.Entities);
        Assert.Equal(EntityKinds.Reservation, entity.Kind);
        Assert.True(entity.HasContactNumber);
        Assert.DoesNotContain("9876543210", detail.ToString(), StringComparison.Ordinal);
        Assert.Equal(GrpcStatusCode.NotFound, (await Assert.ThrowsAsync<ControlApiException>(() => client.GetCallRecordAsync("tenant-a", "b-0"))).StatusCode);
        Assert.Equal(GrpcStatusCode.NotFound, (await Assert.ThrowsAsync<ControlApiException>(() => client.GetCallRecordAsync("tenant-a", "nope"))).StatusCode);

        // Analytics for tenant A's day, per hour bucket.
        var analytics = await client.GetAnalyticsAsync("tenant-a", Day, Day.AddDays(1), AnalyticsBucket.Hour);
        Assert.Equal(5, analytics.Total.Calls);
        Assert.Equal(TimeSpan.FromMinutes(2), analytics.Total.AverageDuration.ToTimeSpan());
        Assert.Equal(5, Assert.Single(analytics.Total.Outcomes, o => o.Outcome == ProtoOutcome.Resolved).Calls);
        Assert.Equal(5, analytics.Total.Extractions[EntityKinds.Reservation]);
        Assert.Equal(700, analytics.Total.LatencyP50Ms);
        Assert.Equal(24, analytics.Periods.Count);
        Assert.Equal([1, 1, 1, 1, 1, 0], analytics.Periods.Take(6).Select(p => p.Calls));

        // Validation.
        foreach (var bad in new Func<Task>[]
        {
            () => client.ListCallRecordsAsync(new ListCallRecordsRequest()),
            () => client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "Tenant A" }),
            () => client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-a", PageSize = -1 }),
            () => client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-a", PageToken = "%%%" }),
            () => client.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-a", PageToken = "bm90LWEtY3Vyc29y" }),
            () => client.GetCallRecordAsync("tenant-a", ""),
            () => client.DeleteCallerDataAsync("tenant-a", "not a number"),
            () => client.GetAnalyticsAsync("tenant-a", Day, Day),
            () => client.GetAnalyticsAsync("tenant-a", Day, Day.AddYears(2), AnalyticsBucket.Hour),
        })
            Assert.Equal(GrpcStatusCode.InvalidArgument, (await Assert.ThrowsAsync<ControlApiException>(bad)).StatusCode);
        using (var anonymous = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control.Port}"), "wrong-token"))
        {
            var refused = await Assert.ThrowsAsync<ControlApiException>(() =>
                anonymous.ListCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-a" }));
            Assert.Equal(GrpcStatusCode.Unauthenticated, refused.StatusCode);
        }

        // Right to deletion at tenant A: that caller's calls go, tenant B's calls of the same number stay.
        var deleted = await client.DeleteCallerDataAsync("tenant-a", "98765 43210");
        Assert.Equal(3, deleted.Calls);
        Assert.Equal(9, deleted.Turns);
        Assert.Equal(3, deleted.Entities);
        Assert.Equal("98XXXX3210", deleted.CallerMasked);
        var left = await client.ListAllCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-a" }).ToListAsync();
        Assert.Equal(["a-4", "a-3"], left.Select(r => r.CallId));
        Assert.DoesNotContain(left, r => r.CallerHash == hasher.Hash(RecordsTestKeys.CallerNumber).Value);
        Assert.Equal(2, await client.ListAllCallRecordsAsync(new ListCallRecordsRequest { TenantId = "tenant-b" }).CountAsync());

        string log;
        lock (hostLog)
            log = string.Join("\n", hostLog) + "\n" + string.Join("\n", logs.Lines);
        Assert.Contains("CallRecords/DeleteCallerData", log, StringComparison.Ordinal);
        LogScan.AssertClean(log);
    }

    private static async Task SeedAsync(CallRecordStore store, string tenantId, string callId, CallerHash caller, DateTimeOffset at, Outcome outcome)
    {
        var tenant = new TenantId(tenantId);
        await store.StartCallAsync(new CallStart(tenant, callId, "+914000123456", caller, StartedAt: at));
        await store.AnswerCallAsync(tenant, callId, at.AddSeconds(1));
        await store.AppendTurnAsync(tenant, callId, new CallTurn(0, Pipeline.Records.Speaker.Bot, "Namaste!", at.AddSeconds(1), at.AddSeconds(3)));
        await store.AppendTurnAsync(tenant, callId, new CallTurn(1, Pipeline.Records.Speaker.Caller, "what are your hours", at.AddSeconds(5), at.AddSeconds(6)));
        await store.AppendTurnAsync(tenant, callId, new CallTurn(2, Pipeline.Records.Speaker.Bot, "We open at noon.", at.AddSeconds(7), at.AddSeconds(8), 700));
        var cipher = new ContactNumberCipher(RecordsTestKeys.Install());
        await store.AddEntityAsync(tenant, callId, CallEntity.Create(EntityKinds.Reservation, new { party_size = 2 }, at.AddSeconds(9),
            cipher.Encrypt(tenant, RecordsTestKeys.CallerNumber)));
        await store.EndCallAsync(tenant, callId, new CallEnd(outcome, at.AddMinutes(2), "en"));
    }
}
