using System.Threading.Channels;
using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Agent.Records;

/// <summary>
/// Watches one agent call through <see cref="AgentCallEvents"/> and writes its record as it happens: the call row at
/// once (caller as a pepper-keyed hash, never the number), each caller and bot turn with its timestamps and the bot's
/// response latency, the dialog's bookings as entities, and the end with its outcome, language and caller name.
/// Writes run in order on one background loop, each its own short transaction, so a crash keeps the turns so far;
/// a failing store never disturbs the call.
/// </summary>
public sealed class CallRecorder
{
    private readonly CallRecordingOptions _options;
    private readonly AgentCallEvents _events;
    private readonly TenantId _tenant;
    private readonly string _callId;
    private readonly CallerHash? _caller;
    private readonly Channel<Func<Task>> _writes = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<bool> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly BotTurnPairing _bot = new();
    private int _turnIndex;
    private int _resolvingTools;
    private int _botAnswers;
    private bool _dialogSeen;
    private bool _failed;
    private string? _language;
    private string? _name;
    private readonly List<string> _summary = [];
    private int _ended;

    public CallRecorder(CallRecordingOptions options, AgentCallEvents events, TenantId tenant, string callId, string did, string? callerUser)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(events);
        _options = options;
        _events = events;
        _tenant = tenant;
        _callId = callId;
        _caller = options.Hasher.TryHash(callerUser, out var hash) ? hash : null;
        Subscribe();
        Completion = WriteLoopAsync();
        Enqueue(async () => _started.TrySetResult(await options.Store.StartCallAsync(
            new CallStart(tenant, callId, did, _caller, StartedAt: options.Clock())).ConfigureAwait(false)));
    }

    public string CallId => _callId;

    /// <summary>The hashed caller, or null when the From user was no phone number.</summary>
    public CallerHash? Caller => _caller;

    /// <summary>Finishes once the end of the call is written (or the store gave up).</summary>
    public Task Completion { get; }

    /// <summary>Store write failures (the call went on regardless).</summary>
    public int WriteFailures { get; private set; }

    /// <summary>
    /// What the records remember about this caller at this tenant, once the call row is written; null for a
    /// withheld number or a caller who opted out of recording.
    /// </summary>
    public async Task<CallerMemory?> RecallCallerAsync(CancellationToken cancellationToken = default)
    {
        bool recording = await _started.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_caller is not { } caller || !recording)
            return null;
        var memory = await _options.Store.GetCallerMemoryAsync(_tenant, caller, cancellationToken: cancellationToken).ConfigureAwait(false);
        return memory.IsReturning ? memory : null;
    }

    public void Answered()
    {
        var at = _options.Clock();
        Enqueue(() => _options.Store.AnswerCallAsync(_tenant, _callId, at));
    }

    /// <summary>The agent could not be built for this call: it ends as an error.</summary>
    public void Failed()
    {
        lock (_gate)
            _failed = true;
        Ended(null);
    }

    /// <summary>The call ended (SIP, or a stream mapped onto the SIP reasons): writes any bot turn still waiting for its latency, then the end. Idempotent.</summary>
    public void Ended(CallEndReason? reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1)
            return;
        Unsubscribe();
        CallEnd end;
        lock (_gate)
        {
            FlushBotTurn();
            bool resolved = _resolvingTools > 0 || (!_dialogSeen && _botAnswers > 0);
            end = new CallEnd(RecordedOutcome.Decide(reason, _failed, resolved), _options.Clock(), _language, _name,
                _summary.Count == 0 ? null : string.Join("; ", _summary));
        }
        Enqueue(() => _options.Store.EndCallAsync(_tenant, _callId, end));
        _writes.Writer.TryComplete();
    }

    private void Subscribe()
    {
        _events.CallStarted += OnCallStarted;
        _events.Recognised += OnRecognised;
        _events.BotReplied += OnBotReplied;
        _events.TurnLatency += OnTurnLatency;
        _events.DialogReplied += OnDialogReplied;
        _events.Log += OnLog;
    }

    private void Unsubscribe()
    {
        _events.CallStarted -= OnCallStarted;
        _events.Recognised -= OnRecognised;
        _events.BotReplied -= OnBotReplied;
        _events.TurnLatency -= OnTurnLatency;
        _events.DialogReplied -= OnDialogReplied;
        _events.Log -= OnLog;
    }

    private void OnCallStarted(string callId, string greeting)
    {
        if (callId != _callId) return;
        var now = _options.Clock();
        lock (_gate)
            AppendTurn(Speaker.Bot, greeting, now, now, latencyMs: null);
    }

    private void OnRecognised(string callId, string text)
    {
        if (callId != _callId || string.IsNullOrWhiteSpace(text)) return;
        var now = _options.Clock();
        lock (_gate)
        {
            FlushBotTurn();
            AppendTurn(Speaker.Caller, text, now, now, latencyMs: null);
        }
    }

    private void OnBotReplied(string callId, string text)
    {
        if (callId != _callId || string.IsNullOrWhiteSpace(text)) return;
        lock (_gate)
        {
            _botAnswers++;
            var complete = _bot.Reply(text, _options.Clock(), out var stale);
            AppendBotTurn(stale);
            AppendBotTurn(complete);
        }
    }

    private void OnTurnLatency(string callId, AgentTurnLatency latency)
    {
        if (callId != _callId) return;
        lock (_gate)
        {
            AppendBotTurn(_bot.Latency((int)Math.Round(latency.TotalMs), _options.Clock()));
        }
    }

    private void OnDialogReplied(string callId, DialogReply reply)
    {
        if (callId != _callId) return;
        var now = _options.Clock();
        lock (_gate)
        {
            _dialogSeen = true;
            _language = reply.Language.Code();
            if (reply.State["name"]?.GetValue<string>() is { Length: > 0 } name)
                _name = name;
            foreach (var call in reply.ToolCalls.Where(c => c.Ok))
            {
                _resolvingTools++;
                if (DialogEntities.KindOf(call) is not { } kind)
                    continue;
                _summary.Add(DialogEntities.Summary(kind, call));
                var entity = CallEntity.Create(kind, DialogEntities.Document(call), now);
                Enqueue(() => _options.Store.AddEntityAsync(_tenant, _callId, entity));
            }
        }
    }

    private void OnLog(string callId, string level, string message)
    {
        if (callId == _callId && level == nameof(MediaCore.Pipeline.Calls.PipelineLogLevel.Error))
            lock (_gate)
                _failed = true;
    }

    private void FlushBotTurn() => AppendBotTurn(_bot.Flush());

    private void AppendBotTurn(PendingBotTurn? turn)
    {
        if (turn is not null)
            AppendTurn(Speaker.Bot, turn.Text, turn.At, turn.FirstAudio ?? turn.At, turn.LatencyMs);
    }

    // Called under _gate, so turn indexes follow the order the events happened in.
    private void AppendTurn(Speaker speaker, string text, DateTimeOffset startedAt, DateTimeOffset endedAt, int? latencyMs)
    {
        var turn = new CallTurn(_turnIndex++, speaker, text, startedAt, endedAt, latencyMs);
        Enqueue(async () =>
        {
            await _options.Store.AppendTurnAsync(_tenant, _callId, turn).ConfigureAwait(false);
            _options.TurnStored?.Invoke(_callId, turn);
        });
    }

    private void Enqueue(Func<Task> write) => _writes.Writer.TryWrite(write);

    private async Task WriteLoopAsync()
    {
        await Task.Yield();
        await foreach (var write in _writes.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await write().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The record is best effort; the call is not. Count it (the host reports it), carry on.
                WriteFailures++;
                _started.TrySetResult(false);
            }
        }
    }
}
