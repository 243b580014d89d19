namespace MediaCore.Pipeline.Tools;

/// <summary>The call should go to a person: transfer to Target now, or (Callback) a person rings back.</summary>
public sealed record HandoffRequest(string Reason, string? Target, bool Callback);
