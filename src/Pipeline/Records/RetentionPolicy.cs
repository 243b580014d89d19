namespace MediaCore.Pipeline.Records;

/// <summary>
/// How long personal data is kept. Call metadata (times, outcome, hashes) stays; what people said and the numbers
/// they gave go first; reservations and other entities are kept longer because businesses need them for disputes.
/// </summary>
public sealed record RetentionPolicy
{
    /// <summary>Turn texts, call summaries and captured caller names.</summary>
    public TimeSpan Transcripts { get; init; } = TimeSpan.FromDays(90);
    /// <summary>Sealed confirmation numbers on entities.</summary>
    public TimeSpan EncryptedNumbers { get; init; } = TimeSpan.FromDays(90);
    /// <summary>Reservations, appointments, callbacks and other entities.</summary>
    public TimeSpan Entities { get; init; } = TimeSpan.FromDays(365);
}
