using System.CommandLine;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore records list|show|purge|delete-caller`: the operator's view of the call record store.
/// The store comes from --config (the records: section of the serve configuration, so the CLI reads what `serve`
/// writes), else --store/--path/--connection, else MEDIACORE_RECORDS_STORE / _PATH / _CONNECTION.
/// This command never runs crash recovery: a live server's open calls must not be closed from the side.
/// Exit codes: 0 done, 1 not found or store/keys error, 2 bad arguments.
/// </summary>
public static class RecordsCommand
{
    private const int Failed = 1;
    private const int BadArguments = 2;

    private static readonly Option<string> ServeConfigFile = new("--config") { Description = "The serve configuration (YAML): use its records: section." };
    private static readonly Option<string> Store = new("--store") { Description = "sqlite (default) or postgres ($MEDIACORE_RECORDS_STORE)." };
    private static readonly Option<string> StorePath = new("--path") { Description = "SQLite file ($MEDIACORE_RECORDS_PATH, default data/records.db)." };
    private static readonly Option<string> Connection = new("--connection") { Description = "PostgreSQL connection string ($MEDIACORE_RECORDS_CONNECTION)." };
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of a table." };

    public static Command Create()
    {
        var records = new Command("records", "Inspect and maintain call records (transcripts, outcomes, reservations).");
        records.Subcommands.Add(CreateList());
        records.Subcommands.Add(CreateShow());
        records.Subcommands.Add(CreatePurge());
        records.Subcommands.Add(CreateDeleteCaller());
        return records;
    }

    private static Command WithStore(Command command)
    {
        command.Options.Add(ServeConfigFile);
        command.Options.Add(Store);
        command.Options.Add(StorePath);
        command.Options.Add(Connection);
        return command;
    }

    private static Command CreateList()
    {
        var tenant = new Option<string>("--tenant") { Description = "Only this tenant's calls (default: every tenant)." };
        var limit = new Option<int>("--limit") { Description = "How many calls, newest first.", DefaultValueFactory = _ => 50 };
        var outcome = new Option<string>("--outcome") { Description = "resolved, fallback, dropped, error or privacy_opt_out." };
        var list = WithStore(new Command("list", "List recent calls."));
        list.Options.Add(tenant);
        list.Options.Add(limit);
        list.Options.Add(outcome);
        list.Options.Add(Json);
        list.SetAction((p, ct) => RunAsync(p, async store =>
        {
            CallOutcome? filter = null;
            if (p.GetValue(outcome) is { } text)
            {
                if (!CallOutcomeText.TryParse(text, out var parsed)) return Error($"unknown outcome '{text}'", BadArguments);
                filter = parsed;
            }
            var query = new CallQuery { Limit = p.GetValue(limit), Outcome = filter };
            var page = p.GetValue(tenant) is { } id
                ? await store.ListCallsAsync(new TenantId(id), query, ct)
                : await store.ListAllTenantsAsync(query, ct);
            RecordsOutput.WriteList(page.Calls, p.GetValue(Json));
            return 0;
        }, ct));
        return list;
    }

    private static Command CreateShow()
    {
        var callId = new Argument<string>("CALL_ID") { Description = "The call's id (its SIP Call-ID)." };
        var tenant = new Option<string>("--tenant") { Description = "Look only in this tenant." };
        var show = WithStore(new Command("show", "Show one call with its turns and extracted entities."));
        show.Arguments.Add(callId);
        show.Options.Add(tenant);
        show.Options.Add(Json);
        show.SetAction((p, ct) => RunAsync(p, async store =>
        {
            var id = p.GetValue(callId)!;
            var record = p.GetValue(tenant) is { } t ? await store.GetCallAsync(new TenantId(t), id, ct) : await store.FindCallAsync(id, ct);
            if (record is null) return Error($"no call {id}", Failed);
            RecordsOutput.WriteCall(record, p.GetValue(Json));
            return 0;
        }, ct));
        return show;
    }

    private static Command CreatePurge()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count what would be removed." };
        var transcriptDays = new Option<int>("--transcript-days") { Description = "Keep turn texts, summaries and names this long.", DefaultValueFactory = _ => 90 };
        var numberDays = new Option<int>("--number-days") { Description = "Keep sealed confirmation numbers this long.", DefaultValueFactory = _ => 90 };
        var entityDays = new Option<int>("--entity-days") { Description = "Keep reservations and other entities this long.", DefaultValueFactory = _ => 365 };
        var purge = WithStore(new Command("purge", "Apply the retention policy (run daily from cron or a timer)."));
        purge.Options.Add(dryRun);
        purge.Options.Add(transcriptDays);
        purge.Options.Add(numberDays);
        purge.Options.Add(entityDays);
        purge.SetAction((p, ct) => RunAsync(p, async store =>
        {
            // With --config the serve configuration's retention applies unless a period is given on the command line.
            var configured = p.GetValue(ServeConfigFile) is { } file ? Hosting.ServeConfigLoader.Load(file).Records?.Retention : null;
            int Days(Option<int> option, Func<RetentionPolicy, TimeSpan> period) =>
                configured is not null && p.GetResult(option) is null or { Implicit: true } ? (int)period(configured).TotalDays : p.GetValue(option);
            int[] days = [Days(transcriptDays, r => r.Transcripts), Days(numberDays, r => r.EncryptedNumbers), Days(entityDays, r => r.Entities)];
            if (days.Any(d => d < 1)) return Error("retention periods are at least 1 day", BadArguments);
            var policy = new RetentionPolicy
            {
                Transcripts = TimeSpan.FromDays(days[0]), EncryptedNumbers = TimeSpan.FromDays(days[1]), Entities = TimeSpan.FromDays(days[2]),
            };
            var report = await store.PurgeAsync(policy, p.GetValue(dryRun), ct);
            var verb = report.DryRun ? "would clear" : "cleared";
            Console.WriteLine($"{verb}: {report.TurnTextsCleared} turn text(s), {report.CallTextsCleared} call summary/name(s), " +
                $"{report.EncryptedNumbersCleared} sealed number(s); {(report.DryRun ? "would delete" : "deleted")}: {report.EntitiesDeleted} entit(ies)");
            return 0;
        }, ct));
        return purge;
    }

    private static Command CreateDeleteCaller()
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant the caller called.", Required = true };
        var phone = new Option<string>("--phone") { Description = "The caller's number, any format (hashed, never stored or printed).", Required = true };
        var country = new Option<string>("--country") { Description = "Default country code for numbers without one (default: --config's records.country_code, else 91)." };
        var delete = WithStore(new Command("delete-caller", "Erase every call, turn and entity of one caller at one tenant."));
        delete.Options.Add(tenant);
        delete.Options.Add(phone);
        delete.Options.Add(country);
        delete.SetAction((p, ct) => RunAsync(p, async store =>
        {
            var hasher = new CallerHasher(PrivacyKeys.FromEnvironment(), new PhoneNumberNormalizer(CountryCode(p, country)));
            if (!hasher.TryHash(p.GetValue(phone), out var caller)) return Error("--phone is not a phone number", BadArguments);
            var masked = PhoneNumberMask.Mask(hasher.Normalizer.Normalize(p.GetValue(phone)!), hasher.Normalizer.DefaultCountryCode);
            var report = await store.DeleteCallerDataAsync(new TenantId(p.GetValue(tenant)!), caller, ct);
            Console.WriteLine($"caller {masked}: deleted {report.Calls} call(s), {report.Turns} turn(s), {report.Entities} entit(ies)");
            return 0;
        }, ct));
        return delete;
    }

    private static async Task<int> RunAsync(ParseResult p, Func<CallRecordStore, Task<int>> action, CancellationToken ct)
    {
        RecordStoreOptions options;
        try
        {
            options = Options(p);
        }
        catch (ArgumentException e)
        {
            return Error(e.Message, BadArguments);
        }
        catch (Hosting.ConfigException e)
        {
            return Error(e.Message, BadArguments);
        }
        try
        {
            await using var store = await RecordStoreFactory.OpenAsync(options, ct);
            return await action(store);
        }
        catch (PrivacyKeysMissingException e)
        {
            return Error(e.Message, Failed);
        }
        catch (ArgumentException e)
        {
            return Error(e.Message, BadArguments);
        }
        catch (Exception e) when (e is Pipeline.Records.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException)
        {
            return Error($"record store: {e.Message}", Failed);
        }
    }

    // The hash must be computed the way `serve` computed it, so a number without a country code takes the serve
    // file's country code unless the operator says otherwise.
    private static string CountryCode(ParseResult p, Option<string> country) =>
        p.GetValue(country)
        ?? (p.GetValue(ServeConfigFile) is { } file ? Hosting.ServeConfigLoader.Load(file).Records?.CountryCode : null)
        ?? "91";

    private static RecordStoreOptions Options(ParseResult p)
    {
        if (p.GetValue(ServeConfigFile) is { } file)
        {
            if (p.GetValue(Store) is not null || p.GetValue(StorePath) is not null || p.GetValue(Connection) is not null)
                throw new ArgumentException("--config names the store; leave out --store, --path and --connection");
            return (Hosting.ServeConfigLoader.Load(file).Records
                ?? throw new Hosting.ConfigException(file, "records", "is missing: this configuration records no calls")).Store;
        }
        var kind = p.GetValue(Store) ?? Environment.GetEnvironmentVariable("MEDIACORE_RECORDS_STORE") ?? "sqlite";
        return kind.ToLowerInvariant() switch
        {
            "sqlite" => new RecordStoreOptions
            {
                Kind = RecordStoreKind.Sqlite,
                Path = p.GetValue(StorePath) ?? Environment.GetEnvironmentVariable("MEDIACORE_RECORDS_PATH") ?? new RecordStoreOptions().Path,
            },
            "postgres" => new RecordStoreOptions
            {
                Kind = RecordStoreKind.Postgres,
                ConnectionString = p.GetValue(Connection) ?? Environment.GetEnvironmentVariable("MEDIACORE_RECORDS_CONNECTION")
                    ?? throw new ArgumentException("--connection (or MEDIACORE_RECORDS_CONNECTION) is required with --store postgres"),
            },
            _ => throw new ArgumentException($"--store is sqlite or postgres, not '{kind}'"),
        };
    }

    private static int Error(string message, int code)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
