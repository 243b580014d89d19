using System.Globalization;
using System.Text;
using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>
/// What the agent may recall about a returning caller: a name if one was captured, their last few calls and
/// entities. Empty for a first-time caller or one who opted out.
/// </summary>
public sealed record CallerMemory(CallerHash Caller, string? Name, IReadOnlyList<CallRecord> RecentCalls, IReadOnlyList<CallEntity> RecentEntities)
{
    public bool IsReturning => RecentCalls.Count > 0;

    /// <summary>A few lines for the agent's prompt, e.g. "Returning caller: Asha. 2 earlier calls, ...".</summary>
    public string Describe()
    {
        if (!IsReturning) return "First-time caller.";
        var text = new StringBuilder(Name is null ? "Returning caller." : $"Returning caller: {Name}.");
        text.Append(CultureInfo.InvariantCulture, $" {RecentCalls.Count} recent call(s).");
        foreach (var call in RecentCalls)
        {
            var outcome = call.Outcome is { } o ? CallOutcomeText.ToText(o) : "in progress";
            text.Append(CultureInfo.InvariantCulture, $" {call.StartedAt:yyyy-MM-dd}: {outcome}");
            text.Append(call.Summary is null ? "." : $" ({call.Summary}).");
        }
        foreach (var entity in RecentEntities)
            text.Append(CultureInfo.InvariantCulture, $" {entity.Kind} {entity.CreatedAt:yyyy-MM-dd}: {entity.Json}.");
        return text.ToString();
    }
}
