using System.Net;
using MediaCore.Media.Dtmf;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Sdp;

namespace MediaCore.Sip.Media;

/// <summary>
/// The media of one SIP call over an <see cref="RtpSession"/>: the port is bound at creation (for the SDP), the first
/// negotiated SDP starts the session with the call's <see cref="Handler"/>, later ones (re-INVITE) apply hold and codec
/// or address changes, and the end of the call sends RTCP BYE and closes the sockets.
/// The call layer calls <see cref="Start"/>, <see cref="Stop"/> and <see cref="Dispose"/> under its lock: nothing here blocks.
/// </summary>
public sealed class RtpCallMedia : ICallMedia
{
    private readonly RtpSession _session;
    private readonly RtpCallMediaOptions _options;
    private readonly object _gate = new();
    private ICallAudioHandler? _handler;
    private Task _stopped = Task.CompletedTask;
    private bool _started;
    private bool _stopping;

    internal RtpCallMedia(string callId, MediaTickScheduler scheduler, RtpCallMediaOptions options)
    {
        CallId = callId;
        _options = options;
        _session = RtpSession.Bind(options.Session, scheduler);
        LocalAddress = options.EffectiveAdvertisedAddress;
        LocalPort = _session.LocalRtpEndPoint.Port;   // kept: the socket is gone after Stop
        _session.DtmfReceived += (_, digit) => DtmfReceived?.Invoke(digit.Digit);
        _session.MediaTimedOut += OnMediaTimedOut;
    }

    public string CallId { get; }

    public IPAddress LocalAddress { get; }

    public int LocalPort { get; }

    /// <summary>The RTP session (statistics, latched peer); valid for the life of the call.</summary>
    public RtpSession Session => _session;

    /// <summary>
    /// The audio handler of this call: set it when the call arrives (before answer); once media has started it is
    /// fixed. Unset at start, the factory's default handler (or silence) is used.
    /// </summary>
    public ICallAudioHandler? Handler
    {
        get { lock (_gate) return _handler; }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (_gate)
            {
                if (_started)
                    throw new InvalidOperationException("The call's media has already started with another handler.");
                _handler = value;
            }
        }
    }

    /// <summary>The media description in use (null before start).</summary>
    public MediaDescription? Description => _session.Remote;

    /// <summary>Why media timed out, when it did.</summary>
    public MediaTimeoutReason? TimeoutReason { get; private set; }

    /// <summary>Why the last negotiated SDP could not be applied (an unsupported codec or address), when it could not.</summary>
    public string? LastError { get; private set; }

    /// <summary>Completes when the session has closed its sockets after <see cref="Stop"/> or <see cref="Dispose"/>.</summary>
    public Task Stopped { get { lock (_gate) return _stopped; } }

    public event Action<char>? DtmfReceived;

    public event Action? MediaTimeout;

    public void Start(SdpNegotiatedMedia media)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (!NegotiatedMediaMapper.TryMap(media, out var description, out var error))
        {
            LastError = error;
            return;
        }
        lock (_gate)
        {
            if (_stopping)
                return;
            bool hold = NegotiatedMediaMapper.IsHold(media);
            if (!_started)
            {
                _handler ??= _options.DefaultHandler?.Invoke(this) ?? SilenceHandler.Instance;
                _session.SetHold(hold);
                _session.Start(description!, _handler);
                _started = true;
                return;
            }
            _session.Renegotiate(description!);
            _session.SetHold(hold);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            if (_stopping)
                return;
            _stopping = true;
            _stopped = _session.DisposeAsync().AsTask();
        }
    }

    public bool SendDtmf(char digit)
    {
        lock (_gate)
        {
            if (!_started || _stopping || _session.Remote?.TelephoneEventPayloadType is null || !DtmfDigits.TryGetEvent(digit, out _))
                return false;
            _session.SendDtmf(digit.ToString());
            return true;
        }
    }

    public void Dispose() => Stop();

    private void OnMediaTimedOut(RtpSession session, MediaTimeoutReason reason)
    {
        TimeoutReason = reason;
        MediaTimeout?.Invoke();
    }
}
