using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MediaCore.Sip.Messages.Headers;

namespace MediaCore.Sip.Sdp;

/// <summary>
/// The offer/answer model (RFC 3264) for one audio stream:
/// <list type="bullet">
/// <item>Answer: one m= line per offered m= line (§6). The first usable RTP/AVP audio stream gets ONE codec — the
/// first common codec in the order chosen by <see cref="SdpCodecPreference"/> (default: the offerer's order) — plus
/// telephone-event when offered, echoing the offerer's payload types (§6.1). Every other stream, and every stream
/// offered with port 0, is rejected with port 0.</item>
/// <item>Direction (§6.1): offer sendonly → recvonly, recvonly → sendonly, inactive → inactive, sendrecv → ours.</item>
/// <item>No common codec → <see cref="SdpNegotiationError.NoCommonCodec"/>: answer 488 with
/// <see cref="IncompatibleMediaWarning"/>.</item>
/// </list>
/// </summary>
public sealed class SdpOfferAnswer
{
    private const string AudioProfile = "RTP/AVP";

    public SdpOfferAnswer(IReadOnlyList<SdpCodec>? codecs = null, SdpCodecPreference preference = SdpCodecPreference.Offerer,
        int ptime = 20, string username = "MediaCore")
    {
        Codecs = codecs ?? SdpCodec.Defaults;
        Preference = preference;
        Ptime = ptime;
        Username = username;
    }

    /// <summary>Our codecs in our preference order (telephone-event included if we support DTMF).</summary>
    public IReadOnlyList<SdpCodec> Codecs { get; }
    public SdpCodecPreference Preference { get; }
    public int Ptime { get; }
    public string Username { get; }

    /// <summary>The Warning header value for a 488 caused by no common codec: 305 agent "Incompatible media format" (RFC 3261 §20.43).</summary>
    public static string IncompatibleMediaWarning(string agent) => SipWarning.ForIncompatibleMedia(agent).ToString();

    /// <summary>Our offer for an outbound call (or a re-INVITE with <paramref name="direction"/> sendonly to hold).</summary>
    public SdpSession CreateOffer(string address, int port, ulong sessionId, ulong sessionVersion, SdpDirection direction = SdpDirection.SendRecv)
    {
        var session = NewSession(address, sessionId, sessionVersion);
        var media = new SdpMediaDescription("audio", port, AudioProfile, Codecs.Select(c => Pt(c.PayloadType)));
        foreach (var codec in Codecs) AddCodecAttributes(media, codec, codec.PayloadType, codec.Fmtp);
        media.Attributes.Add(new SdpAttribute("ptime", Pt(Ptime)));
        media.SetDirection(direction);
        session.Media.Add(media);
        return session;
    }

    public bool TryCreateAnswer(SdpSession offer, string address, int port, ulong sessionId, ulong sessionVersion,
        [NotNullWhen(true)] out SdpSession? answer, [NotNullWhen(true)] out SdpNegotiatedMedia? negotiated,
        out SdpNegotiationError error, SdpDirection localDirection = SdpDirection.SendRecv)
    {
        answer = null;
        negotiated = null;
        int audioIndex = -1;
        SdpCodec? chosen = null;
        SdpRtpMap? telephoneEvent = null;
        error = SdpNegotiationError.NoAudioStream;
        for (int i = 0; i < offer.Media.Count && audioIndex < 0; i++)
        {
            var m = offer.Media[i];
            if (!IsUsableAudio(m) || offer.ConnectionOf(m) is null) continue;
            error = SdpNegotiationError.NoCommonCodec;
            chosen = SdpCodecMatcher.Choose(m, Codecs, Preference);
            if (chosen is null) continue;
            audioIndex = i;
            telephoneEvent = Codecs.Any(c => c.IsTelephoneEvent) ? SdpCodecMatcher.FindTelephoneEvent(m, chosen.ClockRate) : null;
        }
        if (audioIndex < 0 || chosen is null) return false;

        var offered = offer.Media[audioIndex];
        var direction = SdpDirections.Answer(offer.DirectionOf(offered), localDirection);
        answer = NewSession(address, sessionId, sessionVersion);
        for (int i = 0; i < offer.Media.Count; i++)
            answer.Media.Add(i == audioIndex
                ? BuildAcceptedAudio(offered, port, chosen, telephoneEvent, direction)
                : Rejected(offer.Media[i]));

        var remote = offer.ConnectionOf(offered)!;
        negotiated = new SdpNegotiatedMedia(chosen, telephoneEvent?.PayloadType, StripTtl(remote.Address), offered.Port,
            offered.RtcpPort, direction, offered.Ptime ?? Ptime, SdpHoldDetector.IsHold(offer, offered)) { MediaIndex = audioIndex };
        error = SdpNegotiationError.None;
        return true;
    }

    /// <summary>Reads the remote answer to our <paramref name="offer"/>: chosen codec, remote RTP address, our direction.</summary>
    public bool TryApplyAnswer(SdpSession offer, SdpSession answer, [NotNullWhen(true)] out SdpNegotiatedMedia? negotiated,
        out SdpNegotiationError error)
    {
        negotiated = null;
        error = SdpNegotiationError.AnswerDoesNotMatchOffer;
        if (answer.Media.Count != offer.Media.Count) return false;
        int index = answer.Media.FindIndex(m => m.Media == "audio");
        if (index < 0) { error = SdpNegotiationError.NoAudioStream; return false; }
        var m = answer.Media[index];
        if (m.IsRejected || !m.IsRtp) { error = SdpNegotiationError.NoCommonCodec; return false; }

        var codec = SdpCodecMatcher.FirstAnsweredCodec(m, Codecs);
        var connection = answer.ConnectionOf(m);
        if (codec is null || connection is null) return false;
        var telephoneEvent = SdpCodecMatcher.FindTelephoneEvent(m, codec.ClockRate);
        var direction = SdpDirections.Answer(answer.DirectionOf(m), offer.DirectionOf(offer.Media[index]));
        negotiated = new SdpNegotiatedMedia(codec, telephoneEvent?.PayloadType, StripTtl(connection.Address), m.Port, m.RtcpPort,
            direction, m.Ptime ?? Ptime, SdpHoldDetector.IsHold(answer, m)) { MediaIndex = index };
        error = SdpNegotiationError.None;
        return true;
    }

    private static bool IsUsableAudio(SdpMediaDescription m) =>
        m.Media == "audio" && !m.IsRejected && m.Protocol == AudioProfile;

    private SdpMediaDescription BuildAcceptedAudio(SdpMediaDescription offered, int port, SdpCodec chosen,
        SdpRtpMap? telephoneEvent, SdpDirection direction)
    {
        var formats = new List<string> { Pt(chosen.PayloadType) };
        if (telephoneEvent is not null) formats.Add(Pt(telephoneEvent.PayloadType));
        var media = new SdpMediaDescription("audio", port, offered.Protocol, formats);
        AddCodecAttributes(media, chosen, chosen.PayloadType, chosen.Fmtp ?? offered.GetFmtp(chosen.PayloadType));
        if (telephoneEvent is not null)
        {
            var te = Codecs.First(c => c.IsTelephoneEvent) with { PayloadType = telephoneEvent.PayloadType, ClockRate = telephoneEvent.ClockRate };
            AddCodecAttributes(media, te, te.PayloadType, offered.GetFmtp(te.PayloadType) ?? te.Fmtp);
        }
        media.Attributes.Add(new SdpAttribute("ptime", Pt(Ptime)));
        media.SetDirection(direction);
        return media;
    }

    /// <summary>RFC 3264 §6: a rejected stream keeps its media type and formats with port 0.</summary>
    private static SdpMediaDescription Rejected(SdpMediaDescription offered) =>
        new(offered.Media, 0, offered.Protocol, offered.Formats.Take(1));

    private static void AddCodecAttributes(SdpMediaDescription media, SdpCodec codec, int payloadType, string? fmtp)
    {
        media.Attributes.Add(new SdpAttribute("rtpmap", (codec.ToRtpMap() with { PayloadType = payloadType }).ToString()));
        if (!string.IsNullOrEmpty(fmtp)) media.Attributes.Add(new SdpAttribute("fmtp", Pt(payloadType) + " " + fmtp));
    }

    private SdpSession NewSession(string address, ulong sessionId, ulong sessionVersion)
    {
        var connection = SdpConnection.ForAddress(address);
        var session = new SdpSession(new SdpOrigin(Username, sessionId, sessionVersion, "IN", connection.AddressType, address), Username)
        {
            Connection = connection,
        };
        session.Timings.Add(new SdpTiming());
        return session;
    }

    private static string StripTtl(string address) => address.Split('/')[0];

    private static string Pt(int value) => value.ToString(CultureInfo.InvariantCulture);
}
