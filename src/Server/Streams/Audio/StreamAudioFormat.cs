using MediaCore.Media.Frames;

namespace MediaCore.Server.Streams.Audio;

/// <summary>The negotiated payload format of one stream (same both directions).</summary>
public readonly record struct StreamAudioFormat(StreamAudioEncoding Encoding, int SampleRate)
{
    public int BytesPerSample => Encoding == StreamAudioEncoding.Linear16 ? 2 : 1;

    public int SamplesPerFrame => AudioFrame.SamplesPerFrame(SampleRate);

    public int BytesPerFrame => SamplesPerFrame * BytesPerSample;

    /// <summary>The MIME-style name the providers use (audio/x-l16 for PCM, audio/x-mulaw for µ-law).</summary>
    public string ContentType => Encoding == StreamAudioEncoding.Linear16 ? "audio/x-l16" : "audio/x-mulaw";

    public override string ToString() => $"{ContentType}@{SampleRate}";

    /// <summary>
    /// Maps a provider's encoding name to a format. PCM names: audio/x-raw (Exotel), audio/x-l16, audio/l16, linear16;
    /// µ-law: audio/x-mulaw, audio/mulaw, mulaw, pcmu. µ-law is 8 kHz only (G.711); PCM only at <paramref name="pcmRates"/>.
    /// </summary>
    public static bool TryCreate(string? encoding, int sampleRate, ReadOnlySpan<int> pcmRates, out StreamAudioFormat format)
    {
        format = default;
        var name = (encoding ?? string.Empty).Trim();
        var semicolon = name.IndexOf(';');
        if (semicolon >= 0)
            name = name[..semicolon];
        if (IsOneOf(name, "audio/x-mulaw", "audio/mulaw", "mulaw", "pcmu"))
        {
            if (sampleRate != SampleRates.Narrowband)
                return false;
            format = new StreamAudioFormat(StreamAudioEncoding.MuLaw, sampleRate);
            return true;
        }
        if (!IsOneOf(name, "audio/x-raw", "audio/x-l16", "audio/l16", "linear16", "pcm") || !pcmRates.Contains(sampleRate))
            return false;
        format = new StreamAudioFormat(StreamAudioEncoding.Linear16, sampleRate);
        return true;
    }

    private static bool IsOneOf(string value, params ReadOnlySpan<string> names)
    {
        foreach (var candidate in names)
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
