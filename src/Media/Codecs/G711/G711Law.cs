namespace MediaCore.Media.Codecs.G711;

/// <summary>The two G.711 companding laws and their RTP static payload types (RFC 3551 §6).</summary>
public enum G711Law
{
    /// <summary>PCMU, payload type 0 (North America, Japan).</summary>
    MuLaw = 0,

    /// <summary>PCMA, payload type 8 (rest of the world).</summary>
    ALaw = 8,
}
