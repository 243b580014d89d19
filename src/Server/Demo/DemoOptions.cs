namespace MediaCore.Server.Demo;

/// <summary>What `mediacore demo` runs.</summary>
public sealed record DemoOptions
{
    public string Tenant { get; init; } = "himalayan-kitchen";

    /// <summary>Tenant YAML file or folder; null: $MEDIACORE_TENANTS_DIR, else samples/tenants above the current folder.</summary>
    public string? TenantConfig { get; init; }

    /// <summary>The caller's lines; null: <see cref="DemoScript.DefaultLines"/>.</summary>
    public IReadOnlyList<string>? Lines { get; init; }

    public string OutPath { get; init; } = "demo-call.wav";

    /// <summary>Write both directions (left: what the caller heard, right: what it said) instead of mono.</summary>
    public bool Stereo { get; init; }

    /// <summary>The caller's flite voice (differs from the bot's slt).</summary>
    public string CallerVoice { get; init; } = "flite:kal16";

    /// <summary>Models folder (Silero); null: the model resolver's search path.</summary>
    public string? ModelsDir { get; init; }

    /// <summary>Give up on the call after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The dialog's clock; null: a Tuesday noon in the tenant's zone, so "tomorrow" is always bookable.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Print pipeline log lines at this level or above (Debug, Information, Warning, Error).</summary>
    public MediaCore.Pipeline.Calls.PipelineLogLevel LogLevel { get; init; } = MediaCore.Pipeline.Calls.PipelineLogLevel.Warning;

    /// <summary>SQLite file the agent writes its call records to; null: no records.</summary>
    public string? RecordsPath { get; init; }

    /// <summary>The caller's number (the SIP From user); the records keep only its hash.</summary>
    public string CallerNumber { get; init; } = "demo-caller";

    /// <summary>Hidden test hook: SIGKILL the process once this many caller turns and replies are stored (0: never).</summary>
    public int CrashAfterTurns { get; init; }
}
