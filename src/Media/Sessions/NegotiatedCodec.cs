namespace MediaCore.Media.Sessions;

/// <summary>
/// The audio codec both sides agreed on: RTP payload type, encoding name as SDP spells it (PCMU, PCMA, opus) and RTP
/// clock rate. Free of SIP/SDP types: the signalling layer maps its answer to this.
/// </summary>
public sealed record NegotiatedCodec(byte PayloadType, string Name, int ClockRate)
{
    public const string PcmuName = "PCMU";
    public const string PcmaName = "PCMA";
    public const string OpusName = "opus";

    /// <summary>G.711 µ-law, static payload type 0 (RFC 3551 §6).</summary>
    public static NegotiatedCodec Pcmu { get; } = new(0, PcmuName, 8000);

    /// <summary>G.711 A-law, static payload type 8 (RFC 3551 §6).</summary>
    public static NegotiatedCodec Pcma { get; } = new(8, PcmaName, 8000);

    /// <summary>Opus with a dynamic payload type; its RTP clock is always 48 kHz (RFC 7587 §4.1).</summary>
    public static NegotiatedCodec Opus(byte payloadType) => new(payloadType, OpusName, 48000);

    public bool IsPcmu => Name.Equals(PcmuName, StringComparison.OrdinalIgnoreCase);

    public bool IsPcma => Name.Equals(PcmaName, StringComparison.OrdinalIgnoreCase);

    public bool IsOpus => Name.Equals(OpusName, StringComparison.OrdinalIgnoreCase);

    /// <summary>RTP timestamp units in one 20 ms frame.</summary>
    public int TimestampUnitsPerFrame => ClockRate / 50;
}
