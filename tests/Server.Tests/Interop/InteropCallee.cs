using System.Collections.Concurrent;
using MediaCore.Media.Scheduling;
using MediaCore.Server.Demo;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Server.Tests.Interop;

/// <summary>
/// The far end of the call the Node client originates: our own SIP user agent on loopback that answers, says one
/// scripted line after the bot's greeting (so the call has a real transcript and reply), records the DTMF digits and
/// the REFER target it receives, and refuses the transfer with 486 so the call goes on.
/// </summary>
internal sealed class InteropCallee : IAsyncDisposable
{
    private readonly MediaTickScheduler _scheduler = new(new MediaTickSchedulerOptions { ThreadCount = 1 });
    private readonly SipAgentHost _host;
    private readonly TaskCompletionSource<CallEndedEventArgs> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InteropCallee(IReadOnlyList<ScriptLine> script)
    {
        Caller = new ScriptedCaller(script, maxSeconds: 90);
        Probe = new SpeechHeardProbe(Caller);
        _host = new SipAgentHost(_scheduler, null, "callee");
        _host.Endpoint.IncomingCall += Answer;
    }

    public ScriptedCaller Caller { get; }

    public SpeechHeardProbe Probe { get; }

    public string Uri => _host.Uri("callee");

    public ConcurrentQueue<char> Digits { get; } = new();

    public ConcurrentQueue<string> TransferTargets { get; } = new();

    public Task<CallEndedEventArgs> Ended => _ended.Task;

    private void Answer(SipCall call)
    {
        call.DtmfReceived += (_, digit) => Digits.Enqueue(digit);
        call.TransferRequested += (c, target) =>
        {
            TransferTargets.Enqueue(target.ToString());
            c.ReportTransferResult(486);
        };
        call.Ended += (_, e) => _ended.TrySetResult(e);
        call.UseAudioHandler(Probe);
        call.Answer();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _scheduler.Dispose();
    }
}
