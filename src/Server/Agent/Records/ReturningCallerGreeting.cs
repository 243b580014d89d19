using System.Globalization;

namespace MediaCore.Server.Agent.Records;

/// <summary>"Welcome back, Asha!" in front of the tenant's greeting for a caller the records know by name.</summary>
public static class ReturningCallerGreeting
{
    public static string Prefix(string greeting, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return greeting;
        var trimmed = name.Trim();
        // Dialogs capture names as heard ("asha"); the greeting is spoken and displayed, so capitalise each word.
        var display = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
        return $"Welcome back, {display}! {greeting}";
    }

    /// <summary>The brain's prompt with what the records remember appended (for brains that read a prompt).</summary>
    public static string Prompt(string prompt, string memory) => $"{prompt}\n\nWhat we know about this caller: {memory}";
}
