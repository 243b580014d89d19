namespace MediaCore.Media.Dtmf;

/// <summary>
/// A digit reported by <see cref="DtmfReceiver"/>: the event's RTP start timestamp, the longest duration seen (in
/// timestamp units), and whether an end packet arrived (false: reported on timeout or when the next digit began).
/// </summary>
public readonly record struct DtmfDigitEvent(char Digit, byte Event, uint Timestamp, ushort Duration, bool EndReceived);
