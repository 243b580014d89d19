namespace MediaCore.Sip.Sdp;

/// <summary>Media direction attributes (RFC 4566 §6, RFC 3264 §5.1); sendrecv is the default when none is given.</summary>
public enum SdpDirection
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}

/// <summary>Conversions between <see cref="SdpDirection"/> and its attribute names, and the answer rule of RFC 3264 §6.1.</summary>
public static class SdpDirections
{
    public static string ToAttributeName(this SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    public static bool TryParse(string name, out SdpDirection direction)
    {
        switch (name)
        {
            case "sendrecv": direction = SdpDirection.SendRecv; return true;
            case "sendonly": direction = SdpDirection.SendOnly; return true;
            case "recvonly": direction = SdpDirection.RecvOnly; return true;
            case "inactive": direction = SdpDirection.Inactive; return true;
            default: direction = SdpDirection.SendRecv; return false;
        }
    }

    public static bool CanSend(this SdpDirection d) => d is SdpDirection.SendRecv or SdpDirection.SendOnly;
    public static bool CanReceive(this SdpDirection d) => d is SdpDirection.SendRecv or SdpDirection.RecvOnly;

    public static SdpDirection From(bool send, bool receive) => (send, receive) switch
    {
        (true, true) => SdpDirection.SendRecv,
        (true, false) => SdpDirection.SendOnly,
        (false, true) => SdpDirection.RecvOnly,
        _ => SdpDirection.Inactive,
    };

    /// <summary>
    /// RFC 3264 §6.1: the answer mirrors the offer (offer sendonly → answer recvonly or inactive, recvonly → sendonly
    /// or inactive, inactive → inactive), further limited by what we ourselves want (<paramref name="local"/>).
    /// </summary>
    public static SdpDirection Answer(SdpDirection offered, SdpDirection local) =>
        From(send: offered.CanReceive() && local.CanSend(), receive: offered.CanSend() && local.CanReceive());
}
