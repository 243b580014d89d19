namespace MediaCore.Pipeline.Records;

/// <summary>One page of calls; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record CallPage(IReadOnlyList<CallRecord> Calls, string? NextCursor);
