using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>
/// Everything stored about one call. In list results <see cref="Turns"/> and <see cref="Entities"/> are empty;
/// fetch one call to get them.
/// </summary>
public sealed record CallRecord
{
    public required TenantId Tenant { get; init; }
    public required string CallId { get; init; }
    public required string Did { get; init; }
    public CallerHash? Caller { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>Null while the call is up.</summary>
    public CallOutcome? Outcome { get; init; }
    public string? Language { get; init; }
    public ConsentType Consent { get; init; }
    /// <summary>True when the caller opted out: turns carry no text.</summary>
    public bool TranscriptSuppressed { get; init; }
    public string? CallerName { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<CallTurn> Turns { get; init; } = [];
    public IReadOnlyList<CallEntity> Entities { get; init; } = [];

    public TimeSpan? Duration => EndedAt - StartedAt;
}
