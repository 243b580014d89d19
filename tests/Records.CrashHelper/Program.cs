using MediaCore.Pipeline.Records;

// Usage: MediaCore.Records.CrashHelper sqlite|postgres <path or connection string> <call id> <turns>
// Starts a call, writes the given number of turns, prints "ready" and waits to be killed.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: crashhelper sqlite|postgres TARGET CALL_ID TURNS");
    return 2;
}
var options = args[0] == "postgres"
    ? new RecordStoreOptions { Kind = RecordStoreKind.Postgres, ConnectionString = args[1] }
    : new RecordStoreOptions { Kind = RecordStoreKind.Sqlite, Path = args[1] };
var store = await RecordStoreFactory.OpenAsync(options);
var tenant = new TenantId("crash-tenant");
var callId = args[2];
var start = DateTimeOffset.UtcNow;
await store.StartCallAsync(new CallStart(tenant, callId, "+918000000000", null, ConsentType.Announced, start));
await store.AnswerCallAsync(tenant, callId, start.AddMilliseconds(500));
var turns = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
for (var i = 0; i < turns; i++)
{
    var at = start.AddSeconds(1 + i * 2);
    await store.AppendTurnAsync(tenant, callId, new CallTurn(i, i % 2 == 0 ? Speaker.Caller : Speaker.Bot, $"turn {i}", at, at.AddSeconds(1), i % 2 == 1 ? 300 + i : null));
}
Console.WriteLine("ready");
Console.Out.Flush();
// Never exits on its own: the test kills this process with SIGKILL, mid-call, store still open.
await Task.Delay(Timeout.Infinite);
return 0;
