namespace MediaCore.Pipeline.Tenants;

/// <summary>Words that mark a call urgent and what to do then: tell the caller to ring Number, and/or notify the owner.</summary>
public sealed record EmergencyPolicy(IReadOnlyList<string> Keywords, EmergencyAction Action, string? Number)
{
    public static EmergencyPolicy None { get; } = new([], EmergencyAction.NotifyOwner, null);

    /// <summary>The first keyword found in the text (case-insensitive, whole words), or null.</summary>
    public string? Match(string text)
    {
        var padded = " " + TextTokens.Normalize(text) + " ";
        return Keywords.FirstOrDefault(k => padded.Contains(" " + TextTokens.Normalize(k) + " ", StringComparison.Ordinal));
    }
}
