namespace MediaCore.Bench.Load.Rtp;

/// <summary>One RTP packet from the target as the bench saw it: Stopwatch arrival time plus the header fields and loudness.</summary>
public readonly record struct ReceivedPacket(long ArrivalTimestamp, ushort SequenceNumber, uint Timestamp, uint Ssrc,
    byte PayloadType, bool Marker, int PayloadLength, bool Audible);
