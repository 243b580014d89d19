using System.Runtime.CompilerServices;

namespace MediaCore.Pipeline.Brains;

/// <summary>
/// A deterministic offline brain: the first <see cref="BrainRule"/> whose pattern matches the caller's last message
/// decides the reply (rules are data; tenants bring their own). Replies stream word by word, like an LLM, optionally
/// after a fixed delay per word (to exercise streaming and barge-in).
/// </summary>
public sealed class RuleBrain : IAgentBrain
{
    private readonly IReadOnlyList<BrainRule> _rules;
    private readonly string _fallbackReply;
    private readonly TimeSpan _delayPerWord;
    private int _toolCalls;

    public RuleBrain(IReadOnlyList<BrainRule> rules, string fallbackReply = "Sorry, could you say that again?", TimeSpan delayPerWord = default)
    {
        _rules = rules;
        _fallbackReply = fallbackReply;
        _delayPerWord = delayPerWord;
    }

    public string Name => "rules";

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var said = request.History.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? string.Empty;
        var (rule, match) = FindRule(said);
        var reply = rule?.Reply ?? _fallbackReply;
        if (match is not null)
            for (int group = 1; group < match.Groups.Count; group++)
                reply = reply.Replace("{" + group + "}", match.Groups[group].Value, StringComparison.Ordinal);
        if (rule?.ToolName is { } toolName)
        {
            var call = new ToolCall($"rule_call_{Interlocked.Increment(ref _toolCalls)}", toolName, rule.ToolArgumentsJson);
            var result = request.ToolExecutor is null
                ? """{"error":"no tool executor"}"""
                : await request.ToolExecutor.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
            yield return new BrainToolCall(call, result);
            reply = reply.Replace("{result}", result, StringComparison.Ordinal);
        }
        var words = reply.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_delayPerWord > TimeSpan.Zero)
                await Task.Delay(_delayPerWord, cancellationToken).ConfigureAwait(false);
            yield return new BrainTextDelta(i == 0 ? words[i] : " " + words[i]);
        }
    }

    private (BrainRule? Rule, System.Text.RegularExpressions.Match? Match) FindRule(string said)
    {
        foreach (var rule in _rules)
        {
            var match = rule.Compiled.Match(said);
            if (match.Success)
                return (rule, match);
        }
        return (null, null);
    }
}
