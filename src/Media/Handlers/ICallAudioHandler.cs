namespace MediaCore.Media.Handlers;

/// <summary>
/// The audio side of one call, as an RTP session sees it: once per 20 ms tick it hands over one decoded inbound frame
/// and asks for one outbound frame, both at <see cref="SampleRate"/> (the session resamples to and from the codec).
/// Both calls come from the same media tick thread, one after the other; they must not block and should not allocate.
/// </summary>
public interface ICallAudioHandler
{
    /// <summary>The PCM rate the handler works at (e.g. 16 kHz for the speech pipeline).</summary>
    int SampleRate { get; }

    /// <summary>One 20 ms inbound frame (silence or concealment while nothing plays). The span is only valid during the call.</summary>
    void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate);

    /// <summary>Fills one 20 ms outbound frame; false when there is nothing to say (the span's content is then ignored).</summary>
    bool FillOutboundFrame(Span<short> pcm);
}
