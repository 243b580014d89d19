namespace MediaCore.Sip.Sdp;

/// <summary>Matches the formats of an m= line against our codecs (by rtpmap, or the RFC 3551 static table).</summary>
internal static class SdpCodecMatcher
{
    /// <summary>The rtpmap of a format: its a=rtpmap, else the static assignment, else null.</summary>
    public static SdpRtpMap? Resolve(SdpMediaDescription media, string format)
    {
        if (!SdpRtpMap.TryParsePayloadType(format, out int pt)) return null;
        return media.RtpMaps.FirstOrDefault(m => m.PayloadType == pt) ?? SdpCodec.StaticRtpMap(pt);
    }

    /// <summary>Our codec (carrying the offered PT) chosen per <paramref name="preference"/>, or null.</summary>
    public static SdpCodec? Choose(SdpMediaDescription offered, IReadOnlyList<SdpCodec> ours, SdpCodecPreference preference)
    {
        var offeredMaps = offered.Formats.Select(f => Resolve(offered, f)).OfType<SdpRtpMap>().ToList();
        if (preference == SdpCodecPreference.Offerer)
        {
            foreach (var map in offeredMaps)
            {
                var codec = ours.FirstOrDefault(c => !c.IsTelephoneEvent && c.Matches(map));
                if (codec is not null) return codec with { PayloadType = map.PayloadType };
            }
            return null;
        }
        foreach (var codec in ours.Where(c => !c.IsTelephoneEvent))
        {
            var map = offeredMaps.FirstOrDefault(codec.Matches);
            if (map is not null) return codec with { PayloadType = map.PayloadType };
        }
        return null;
    }

    /// <summary>The answer's first non-DTMF codec that we offered, with the answer's PT.</summary>
    public static SdpCodec? FirstAnsweredCodec(SdpMediaDescription answered, IReadOnlyList<SdpCodec> ours)
    {
        foreach (string format in answered.Formats)
        {
            var map = Resolve(answered, format);
            if (map is null) continue;
            var codec = ours.FirstOrDefault(c => !c.IsTelephoneEvent && c.Matches(map));
            if (codec is not null) return codec with { PayloadType = map.PayloadType };
        }
        return null;
    }

    /// <summary>telephone-event at the audio codec's clock rate (RFC 4733 §2.1), else at 8000 Hz, else null.</summary>
    public static SdpRtpMap? FindTelephoneEvent(SdpMediaDescription media, int clockRate)
    {
        var events = media.Formats.Select(f => Resolve(media, f))
            .OfType<SdpRtpMap>()
            .Where(m => string.Equals(m.EncodingName, "telephone-event", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return events.FirstOrDefault(m => m.ClockRate == clockRate) ?? events.FirstOrDefault(m => m.ClockRate == 8000);
    }
}
