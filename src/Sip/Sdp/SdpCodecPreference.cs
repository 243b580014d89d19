namespace MediaCore.Sip.Sdp;

/// <summary>Whose order picks the codec when several are common.</summary>
public enum SdpCodecPreference
{
    /// <summary>
    /// Default. The first offered codec we support: the offer lists formats in the offerer's preference order
    /// (RFC 3264 §5.1) and trunks often price or transcode by it, so honouring it avoids surprises.
    /// </summary>
    Offerer,

    /// <summary>Our list order decides (e.g. to force PCMU even when the trunk prefers something else).</summary>
    Local,
}
