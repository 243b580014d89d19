namespace MediaCore.Pipeline.Records;

/// <summary>The stored (and CLI/JSON) spelling of <see cref="CallOutcome"/>.</summary>
public static class CallOutcomeText
{
    public static string ToText(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => "resolved",
        CallOutcome.Fallback => "fallback",
        CallOutcome.Dropped => "dropped",
        CallOutcome.Error => "error",
        CallOutcome.PrivacyOptOut => "privacy_opt_out",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static bool TryParse(string? text, out CallOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<CallOutcome>())
        {
            if (string.Equals(ToText(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                outcome = candidate;
                return true;
            }
        }
        outcome = default;
        return false;
    }

    public static CallOutcome Parse(string text) =>
        TryParse(text, out var outcome) ? outcome : throw new FormatException($"unknown call outcome '{text}'");
}
