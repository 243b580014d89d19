using System.Collections.Concurrent;
using System.Net;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Tests.Peers;
using MediaCore.Sip.Transactions;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// A <see cref="SipEndpoint"/> on free loopback ports with real RTP media (<see cref="RtpCallMediaFactory"/> on its own
/// tick scheduler) that answers every inbound call with the handler <paramref name="handlerFor"/> picks.
/// </summary>
public sealed class MediaEndpoint : IAsyncDisposable
{
    private readonly MediaTickScheduler _scheduler = new(new MediaTickSchedulerOptions { ThreadCount = 1 });

    public MediaEndpoint(Func<SipCall, ICallAudioHandler> handlerFor, TimeSpan? mediaTimeout = null, IReadOnlyList<SdpCodec>? codecs = null)
    {
        Factory = new RtpCallMediaFactory(_scheduler, new RtpCallMediaOptions
        {
            Session = new RtpSessionOptions { LocalAddress = IPAddress.Loopback, MediaTimeout = mediaTimeout ?? TimeSpan.FromSeconds(30) },
        });
        int port = SippRunner.FreePort();
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            UdpBind = new IPEndPoint(IPAddress.Loopback, port),
            TcpBind = new IPEndPoint(IPAddress.Loopback, port),
            Timers = new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(200) },
            Codecs = codecs ?? SdpCodec.Defaults,
            Log = Log.Enqueue,
        }, Factory);
        Endpoint.IncomingCall += call =>
        {
            call.UseAudioHandler(handlerFor(call));
            call.Answered += c => Answered.TrySetResult(c);
            call.Ended += (c, e) => Ended.TrySetResult((c, e));
            call.Answer();
        };
        Endpoint.Start();
    }

    public RtpCallMediaFactory Factory { get; }
    public SipEndpoint Endpoint { get; }
    public ConcurrentQueue<string> Log { get; } = new();
    public TaskCompletionSource<SipCall> Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<(SipCall Call, CallEndedEventArgs End)> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Port => Endpoint.UdpEndPoint!.Port;
    public string Address => "127.0.0.1:" + Port;

    public async ValueTask DisposeAsync()
    {
        await Endpoint.DisposeAsync();
        _scheduler.Dispose();
    }
}
