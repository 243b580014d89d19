namespace MediaCore.Pipeline.Records;

/// <summary>What deleting one caller's data removed.</summary>
public sealed record CallerDeletionReport(int Calls, int Turns, int Entities);
