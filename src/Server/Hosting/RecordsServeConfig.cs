using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The records: section of a serve configuration: where call records live, how long personal data is kept and how
/// often the retention purge runs. The privacy keys are never in the file: they come from the environment
/// (MEDIACORE_CALLER_PEPPER, MEDIACORE_DATA_KEY), as may the PostgreSQL connection string (connection_env).
/// </summary>
public sealed record RecordsServeConfig
{
    /// <summary>The file the section came from (errors at startup name it).</summary>
    public string File { get; init; } = "";

    /// <summary>Engine and location; a relative SQLite path is resolved against the config file's folder.</summary>
    public RecordStoreOptions Store { get; init; } = new();

    public RetentionPolicy Retention { get; init; } = new();

    /// <summary>How often the retention purge runs while serving.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The first purge runs this long after startup (not at once: startup is busy enough).</summary>
    public TimeSpan FirstPurgeDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Country code for caller numbers written without one.</summary>
    public string CountryCode { get; init; } = "91";

    /// <summary>A short description for logs (never the connection string: it may hold a password).</summary>
    public string Describe() => Store.Kind == RecordStoreKind.Sqlite ? $"sqlite {Store.Path}" : "postgres";
}
