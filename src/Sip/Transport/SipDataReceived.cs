namespace MediaCore.Sip.Transport;

/// <summary>
/// A transport hands each datagram / framed stream message to this callback. The span is only valid during the call:
/// the receiver parses it into an owned <see cref="Messages.SipMessage"/> before returning.
/// </summary>
public delegate void SipDataReceived(ReadOnlySpan<byte> data, SipSource source);
