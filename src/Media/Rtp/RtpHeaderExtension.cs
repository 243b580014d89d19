namespace MediaCore.Media.Rtp;

/// <summary>
/// The RTP header extension (RFC 3550 §5.3.1): a 16-bit profile-defined word and a body of whole 32-bit words.
/// <see cref="Data"/> is a slice of the parsed buffer (or of the caller's span when building).
/// RFC 8285 one-byte (profile 0xBEDE) and two-byte (0x100x) element access goes through <see cref="GetElements"/>.
/// </summary>
public readonly ref struct RtpHeaderExtension
{
    /// <summary>RFC 8285 §4.2: the profile word announcing one-byte element headers.</summary>
    public const ushort OneByteProfile = 0xBEDE;

    /// <summary>RFC 8285 §4.3: the top 12 bits of the profile word announcing two-byte element headers.</summary>
    public const ushort TwoByteProfile = 0x1000;
    private const ushort TwoByteProfileMask = 0xFFF0;

    public RtpHeaderExtension(ushort profile, ReadOnlySpan<byte> data)
    {
        if (data.Length % 4 != 0)
            throw new ArgumentException("RTP header extension data must be a whole number of 32-bit words.", nameof(data));
        if (data.Length / 4 > ushort.MaxValue)
            throw new ArgumentException("RTP header extension data is longer than the 16-bit length field allows.", nameof(data));
        Profile = profile;
        Data = data;
        IsPresent = true;
    }

    public bool IsPresent { get; }

    public ushort Profile { get; }

    public ReadOnlySpan<byte> Data { get; }

    public bool IsOneByte => IsPresent && Profile == OneByteProfile;

    public bool IsTwoByte => IsPresent && (Profile & TwoByteProfileMask) == TwoByteProfile;

    /// <summary>Walks RFC 8285 elements; yields nothing unless the profile is one-byte or two-byte.</summary>
    public RtpExtensionElementReader GetElements() => new(Data, IsOneByte, IsTwoByte);

    /// <summary>Finds the first RFC 8285 element with <paramref name="id"/>.</summary>
    public bool TryGetElement(byte id, out ReadOnlySpan<byte> value)
    {
        var reader = GetElements();
        while (reader.TryReadNext(out var elementId, out var elementValue))
        {
            if (elementId == id)
            {
                value = elementValue;
                return true;
            }
        }
        value = default;
        return false;
    }
}
