using System.Runtime.CompilerServices;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Dialogs;

namespace MediaCore.Server.Agent;

/// <summary>
/// A tenant's offline rule dialog (<see cref="ITenantDialog"/>) as an <see cref="IAgentBrain"/>: the caller's last
/// words go to <see cref="ITenantDialog.Respond"/>, its tool calls come back as <see cref="BrainToolCall"/>s and its
/// reply streams word by word like an LLM's. A reply that ends the call (or hands it off) raises
/// <see cref="EndOfCall"/>, so the agent can hang up once the reply has been heard.
/// </summary>
public sealed class TenantDialogBrain : IAgentBrain
{
    private readonly ITenantDialog _dialog;
    private readonly Func<DateTimeOffset> _clock;
    private int _toolCalls;

    public TenantDialogBrain(ITenantDialog dialog, Func<DateTimeOffset>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialog = dialog;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public string Name => "tenant-dialog";

    /// <summary>Raised (on the brain's worker) when a reply ends the call; the argument is the reply text.</summary>
    public event Action<string>? EndOfCall;

    /// <summary>Raised (on the brain's worker) with every dialog reply, before its words stream out.</summary>
    public event Action<DialogReply>? Replied;

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var said = request.History.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? string.Empty;
        var reply = _dialog.Respond(said, _clock());
        Replied?.Invoke(reply);
        foreach (var call in reply.ToolCalls)
        {
            var id = $"dialog_call_{Interlocked.Increment(ref _toolCalls)}";
            yield return new BrainToolCall(new ToolCall(id, call.Name, call.Arguments.ToJsonString()), call.Result.ToJsonString());
        }
        var words = reply.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new BrainTextDelta(i == 0 ? words[i] : " " + words[i]);
        }
        if (reply.EndOfCall || reply.Handoff is not null)
            EndOfCall?.Invoke(reply.Text);
        await Task.CompletedTask.ConfigureAwait(false);
    }
}
