using System.Net;
using MediaCore.Media.Frames;
using MediaCore.Media.Jitter;

namespace MediaCore.Media.Sessions;

/// <summary>Configuration of <see cref="RtpSession"/>.</summary>
public sealed record RtpSessionOptions
{
    public IPAddress LocalAddress { get; init; } = IPAddress.Any;

    public RtpPortRange Ports { get; init; } = RtpPortRange.Default;

    /// <summary>No RTP for this long (outside hold) raises <see cref="RtpSession.MediaTimedOut"/>.</summary>
    public TimeSpan MediaTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>RTCP report interval (RFC 3550 §6.2 suggests 5 s minimum for a two-party call).</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Send nothing when the handler has no audio (marker bit on the next talkspurt) instead of encoded silence.</summary>
    public bool SuppressSilence { get; init; }

    /// <summary>Jitter buffer settings; the clock rate is taken from the negotiated codec.</summary>
    public JitterBufferOptions JitterBuffer { get; init; } = new();

    /// <summary>Opus bitrate in bits per second.</summary>
    public int OpusBitrate { get; init; } = 24_000;

    /// <summary>RTCP SDES CNAME (RFC 3550 §6.5.1); a random one when null.</summary>
    public string? Cname { get; init; }

    /// <summary>How long one DTMF digit is sent for.</summary>
    public TimeSpan DtmfDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    public int ReceiveBufferBytes { get; init; } = 256 * 1024;

    internal void Validate()
    {
        Ports.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MediaTimeout, TimeSpan.Zero, nameof(MediaTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RtcpInterval, TimeSpan.Zero, nameof(RtcpInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(DtmfDuration, TimeSpan.FromMilliseconds(AudioFrame.DurationMilliseconds), nameof(DtmfDuration));
    }
}
