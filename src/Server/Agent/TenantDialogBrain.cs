using System.Runtime.CompilerServices;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Dialogs;

namespace MediaCore.Server.Agent;

/// <summary>
/// A tenant's offline rule dialog (<see cref="ITenantDialog"/>) as an <see cref="IAgentBrain"/>: the caller's last
/// words go to <see cref="ITenantDialog.Respond"/>, its tool calls come back as <see cref="BrainToolCall"/>s and its
/// reply streams word by word like an LLM's. A reply that ends the call (or hands it off) raises
/// <see cref="EndOfCall"/>, so the agent can hang up once the reply has been heard. A caller's goodbye that the dialog
/// has no rule for (the restaurant dialog never ends a call itself) is answered with <c>closingLine</c> and ends it.
/// </summary>
public sealed class TenantDialogBrain : IAgentBrain
{
    private readonly ITenantDialog _dialog;
    private readonly Func<DateTimeOffset> _clock;
    private readonly string _closingLine;
    private int _toolCalls;

    public TenantDialogBrain(ITenantDialog dialog, Func<DateTimeOffset>? clock = null, string closingLine = "Thank you for calling. Goodbye!")
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialog = dialog;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        _closingLine = closingLine;
    }

    public string Name => "tenant-dialog";

    /// <summary>Raised (on the brain's worker) when a reply ends the call; the argument is the reply text.</summary>
    public event Action<string>? EndOfCall;

    /// <summary>Raised (on the brain's worker) with every dialog reply, before its words stream out.</summary>
    public event Action<DialogReply>? Replied;

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var said = request.History.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? string.Empty;
        if (ClosingPhrases.IsGoodbye(said))
        {
            foreach (var delta in Words(_closingLine))
                yield return delta;
            EndOfCall?.Invoke(_closingLine);
            yield break;
        }
        var reply = _dialog.Respond(said, _clock());
        Replied?.Invoke(reply);
        foreach (var call in reply.ToolCalls)
        {
            var id = $"dialog_call_{Interlocked.Increment(ref _toolCalls)}";
            yield return new BrainToolCall(new ToolCall(id, call.Name, call.Arguments.ToJsonString()), call.Result.ToJsonString());
        }
        foreach (var delta in Words(reply.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return delta;
        }
        if (reply.EndOfCall || reply.Handoff is not null)
            EndOfCall?.Invoke(reply.Text);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static IEnumerable<BrainTextDelta> Words(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
            yield return new BrainTextDelta(i == 0 ? words[i] : " " + words[i]);
    }
}
