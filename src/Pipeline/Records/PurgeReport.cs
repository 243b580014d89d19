namespace MediaCore.Pipeline.Records;

/// <summary>What a retention purge removed (or, for a dry run, would remove).</summary>
public sealed record PurgeReport(bool DryRun, int TurnTextsCleared, int CallTextsCleared, int EncryptedNumbersCleared, int EntitiesDeleted);
