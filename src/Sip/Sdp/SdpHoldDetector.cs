namespace MediaCore.Sip.Sdp;

/// <summary>
/// Detects a remote hold in a (re-)offer (RFC 3264 §8.4): the stream is sendonly or inactive, or it uses the
/// RFC 2543 null connection address c=IN IP4 0.0.0.0 that many trunks still send.
/// </summary>
public static class SdpHoldDetector
{
    public static bool IsHold(SdpSession session, SdpMediaDescription media)
    {
        var direction = session.DirectionOf(media);
        if (direction is SdpDirection.SendOnly or SdpDirection.Inactive) return true;
        return session.ConnectionOf(media)?.IsNullAddress == true;
    }

    /// <summary>True when the first active audio stream is on hold.</summary>
    public static bool IsHold(SdpSession session)
    {
        var audio = session.Media.FirstOrDefault(m => m.Media == "audio" && !m.IsRejected);
        return audio is not null && IsHold(session, audio);
    }
}
