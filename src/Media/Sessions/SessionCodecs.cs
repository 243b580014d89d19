using MediaCore.Media.Codecs;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Codecs.Opus;
using MediaCore.Media.Frames;

namespace MediaCore.Media.Sessions;

/// <summary>Creates the encoder/decoder pair for a negotiated codec.</summary>
internal static class SessionCodecs
{
    /// <summary>
    /// The PCM rate the codec runs at. G.711 is 8 kHz. Opus' RTP clock is always 48 kHz but the codec may run at 8, 16
    /// or 48 kHz internally (RFC 7587 §4.1): run it at the handler's rate when it can, so no resampling is needed.
    /// </summary>
    public static int PcmRate(NegotiatedCodec codec, int handlerRate)
    {
        if (codec.IsPcmu || codec.IsPcma)
            return SampleRates.Narrowband;
        if (codec.IsOpus)
            return handlerRate is SampleRates.Narrowband or SampleRates.Wideband or SampleRates.Fullband ? handlerRate : SampleRates.Fullband;
        throw new NotSupportedException($"Codec '{codec.Name}' is not supported (PCMU, PCMA, opus).");
    }

    public static IAudioEncoder CreateEncoder(NegotiatedCodec codec, int pcmRate, int opusBitrate)
    {
        if (codec.IsPcmu)
            return new G711Encoder(G711Law.MuLaw);
        if (codec.IsPcma)
            return new G711Encoder(G711Law.ALaw);
        var opus = new OpusEncoder(pcmRate, opusBitrate);
        opus.SetInbandFec(true);
        opus.SetPacketLossPercent(5);
        return opus;
    }

    public static IAudioDecoder CreateDecoder(NegotiatedCodec codec, int pcmRate)
    {
        if (codec.IsPcmu)
            return new G711Decoder(G711Law.MuLaw);
        if (codec.IsPcma)
            return new G711Decoder(G711Law.ALaw);
        return new OpusDecoder(pcmRate);
    }
}
