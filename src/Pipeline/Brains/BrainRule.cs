using System.Text.RegularExpressions;

namespace MediaCore.Pipeline.Brains;

/// <summary>
/// One rule of a <see cref="RuleBrain"/>: when the caller's last words match <see cref="Pattern"/> (a case-insensitive
/// regular expression), optionally call <see cref="ToolName"/> with <see cref="ToolArgumentsJson"/> and reply with
/// <see cref="Reply"/>, in which <c>{result}</c> is replaced by the tool's result and <c>{1}</c>… by regex groups.
/// </summary>
public sealed record BrainRule(string Pattern, string Reply)
{
    public string? ToolName { get; init; }

    public string ToolArgumentsJson { get; init; } = "{}";

    internal Regex Compiled { get; } = new(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
