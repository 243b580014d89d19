using System.Globalization;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Hosting;

// The records: section.
//   records:
//     kind: sqlite                     # sqlite | postgres
//     path: data/records.db            # sqlite; relative to this file's folder
//     connection_env: MEDIACORE_RECORDS_CONNECTION   # postgres: the variable holding the connection string
//     connection: "Host=...;..."       # postgres: or inline (prefer the variable: it holds a password)
//     durable_commits: false           # sqlite: fsync each commit
//     country_code: "91"
//     retention: { transcript_days: 90, number_days: 90, entity_days: 365, purge_every_hours: 24, first_purge_after_seconds: 60 }
public static partial class ServeConfigLoader
{
    private static ServeConfig ReadRecords(YamlSection top, ServeConfig config)
    {
        if (top.GetSection("records") is not { } records)
            return config;
        var kind = records.GetString("kind")?.ToLowerInvariant() ?? "sqlite";
        var store = kind switch
        {
            "sqlite" => new RecordStoreOptions
            {
                Kind = RecordStoreKind.Sqlite,
                Path = Path.GetFullPath(records.GetString("path") ?? new RecordStoreOptions().Path,
                    Path.GetDirectoryName(Path.GetFullPath(records.File)) ?? "."),
                DurableCommits = ReadSwitch(records, "durable_commits", false),
            },
            "postgres" => new RecordStoreOptions { Kind = RecordStoreKind.Postgres, ConnectionString = ReadConnection(records) },
            _ => throw records.Error("kind", $"'{kind}' is not sqlite or postgres"),
        };
        if (store.Kind == RecordStoreKind.Postgres && records.Get("path") is not null)
            throw records.Error("path", "is for kind: sqlite; use connection_env with postgres");
        var country = records.GetString("country_code") ?? "91";
        if (country.Length is < 1 or > 3 || !country.All(char.IsAsciiDigit))
            throw records.Error("country_code", $"'{country}' is not 1-3 digits");
        var section = new RecordsServeConfig { File = records.File, Store = store, CountryCode = country };
        if (records.GetSection("retention") is { } retention)
            section = ReadRetention(retention, section);
        records.RejectUnknownKeys();
        return config with { Records = section };
    }

    private static string ReadConnection(YamlSection records)
    {
        var inline = records.GetString("connection");
        var variable = records.GetString("connection_env");
        if (inline is not null && variable is not null)
            throw records.Error("connection", "give connection or connection_env, not both");
        if (inline is not null)
            return inline;
        variable ??= "MEDIACORE_RECORDS_CONNECTION";
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw records.Error("connection_env", $"the environment variable {variable} (the PostgreSQL connection string) is not set");
    }

    private static RecordsServeConfig ReadRetention(YamlSection retention, RecordsServeConfig section)
    {
        var policy = new RetentionPolicy
        {
            Transcripts = Days(retention, "transcript_days", section.Retention.Transcripts),
            EncryptedNumbers = Days(retention, "number_days", section.Retention.EncryptedNumbers),
            Entities = Days(retention, "entity_days", section.Retention.Entities),
        };
        section = section with
        {
            Retention = policy,
            PurgeInterval = Positive(retention, "purge_every_hours", section.PurgeInterval, TimeSpan.FromHours),
            FirstPurgeDelay = Positive(retention, "first_purge_after_seconds", section.FirstPurgeDelay, TimeSpan.FromSeconds),
        };
        retention.RejectUnknownKeys();
        return section;
    }

    private static TimeSpan Days(YamlSection section, string key, TimeSpan fallback)
    {
        var text = section.GetString(key);
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days >= 1
            ? TimeSpan.FromDays(days)
            : throw section.Error(key, $"'{text}' is not a whole number of days (at least 1)");
    }

    private static TimeSpan Positive(YamlSection section, string key, TimeSpan fallback, Func<double, TimeSpan> unit)
    {
        var text = section.GetString(key);
        if (text is null)
            return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0 && value < 1e6
            ? unit(value)
            : throw section.Error(key, $"'{text}' is not a positive number");
    }
}
