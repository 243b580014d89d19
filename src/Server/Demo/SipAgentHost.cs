using System.Net;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Server.Agent;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;

namespace MediaCore.Server.Demo;

/// <summary>
/// A SIP endpoint with RTP media on loopback (free port) on a shared tick scheduler. With an
/// <see cref="AgentCallHandlerFactory"/> it answers every incoming call with the agent (the demo's server); without
/// one it is a plain user agent that places calls (the demo's caller).
/// </summary>
public sealed class SipAgentHost : IAsyncDisposable
{
    /// <summary>Opus first: wideband audio recognises better than G.711; PCMU/PCMA stay for other peers.</summary>
    public static readonly IReadOnlyList<SdpCodec> Codecs = [SdpCodec.Opus, SdpCodec.Pcmu, SdpCodec.Pcma, SdpCodec.TelephoneEvent];

    public SipAgentHost(MediaTickScheduler scheduler, AgentCallHandlerFactory? agent, string contactUser, Action<string>? log = null)
    {
        Agent = agent;
        Media = new RtpCallMediaFactory(scheduler, new RtpCallMediaOptions
        {
            Session = new RtpSessionOptions { LocalAddress = IPAddress.Loopback },
        });
        int port = LoopbackPorts.Free();
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            UdpBind = new IPEndPoint(IPAddress.Loopback, port),
            TcpBind = new IPEndPoint(IPAddress.Loopback, port),
            Timers = new SipTimerSettings { T1 = TimeSpan.FromMilliseconds(200) },
            Codecs = Codecs,
            ContactUser = contactUser,
            Log = log ?? (_ => { }),
        }, Media);
        if (agent is not null)
            Endpoint.IncomingCall += Answer;
        Endpoint.Start();
    }

    public SipEndpoint Endpoint { get; }

    public RtpCallMediaFactory Media { get; }

    public AgentCallHandlerFactory? Agent { get; }

    /// <summary>The last call the agent answered.</summary>
    public SipCall? LastIncoming { get; private set; }

    /// <summary>The last agent attached (its pipeline exposes the barge-in tick and latency metrics).</summary>
    public AgentCallHandler? LastAgent { get; private set; }

    public int Port => Endpoint.UdpEndPoint!.Port;

    public string Uri(string user) => $"sip:{user}@127.0.0.1:{Port}";

    public async ValueTask DisposeAsync() => await Endpoint.DisposeAsync().ConfigureAwait(false);

    private void Answer(SipCall call)
    {
        LastIncoming = call;
        _ = AnswerAsync(call);
    }

    // With records on, the agent looks the caller up before it answers (the greeting may use their name).
    private async Task AnswerAsync(SipCall call)
    {
        try
        {
            LastAgent = await Agent!.AttachAsync(call).ConfigureAwait(false);
        }
        catch (Exception)
        {
            call.Reject(500);
            return;
        }
        call.Answer();
    }
}
