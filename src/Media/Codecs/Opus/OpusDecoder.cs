using MediaCore.Media.Frames;

namespace MediaCore.Media.Codecs.Opus;

/// <summary>
/// Mono Opus decoder (libopus) producing 20 ms frames at 8, 16 or 48 kHz, with libopus packet-loss concealment
/// (<see cref="Conceal"/>) and in-band FEC recovery of a lost frame from the packet after it (<see cref="DecodeFec"/>).
/// </summary>
public sealed unsafe class OpusDecoder : IAudioDecoder
{
    /// <summary>The longest Opus packet duration (120 ms): the PCM buffer a single packet can need.</summary>
    public const int MaxPacketMilliseconds = 120;

    private readonly OpusDecoderHandle _handle;

    public OpusDecoder(int sampleRate)
    {
        if (sampleRate is not (SampleRates.Narrowband or SampleRates.Wideband or SampleRates.Fullband))
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Opus runs here at 8000, 16000 or 48000 Hz.");
        var native = OpusNative.DecoderCreate(sampleRate, 1, out var error);
        if (error != OpusNative.Ok || native == IntPtr.Zero)
            throw new OpusException($"opus_decoder_create({sampleRate} Hz, mono)", error);
        _handle = new OpusDecoderHandle(native);
        SampleRate = sampleRate;
        FrameSamples = AudioFrame.SamplesPerFrame(sampleRate);
    }

    public int SampleRate { get; }

    /// <summary>Samples in one 20 ms frame: what <see cref="Conceal"/> and <see cref="DecodeFec"/> produce.</summary>
    public int FrameSamples { get; }

    /// <summary>Decodes one packet (any duration it declares, up to <paramref name="pcm"/>'s length); -1 if corrupt or empty.</summary>
    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm) =>
        payload.IsEmpty ? -1 : Run(payload, pcm, pcm.Length, decodeFec: false);

    /// <summary>One 20 ms frame of libopus concealment (decode with no data); -1 if <paramref name="pcm"/> is too short.</summary>
    public int Conceal(Span<short> pcm) =>
        pcm.Length < FrameSamples ? -1 : Run(ReadOnlySpan<byte>.Empty, pcm, FrameSamples, decodeFec: false);

    /// <summary>
    /// Recovers the 20 ms frame lost just before <paramref name="nextPayload"/> from that packet's in-band FEC data
    /// (falls back to PLC inside libopus if the packet carries none). Decode <paramref name="nextPayload"/> normally afterwards.
    /// </summary>
    public int DecodeFec(ReadOnlySpan<byte> nextPayload, Span<short> pcm)
    {
        if (nextPayload.IsEmpty || pcm.Length < FrameSamples)
            return -1;
        return Run(nextPayload, pcm, FrameSamples, decodeFec: true);
    }

    public void Dispose() => _handle.Dispose();

    private int Run(ReadOnlySpan<byte> payload, Span<short> pcm, int frameSize, bool decodeFec)
    {
        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            fixed (byte* data = payload)
            fixed (short* output = pcm)
            {
                // An empty span pins to null, which is exactly libopus's "packet lost" signal.
                var samples = OpusNative.Decode(_handle.DangerousGetHandle(), payload.IsEmpty ? null : data, payload.Length,
                    output, frameSize, decodeFec ? 1 : 0);
                return samples < 0 ? -1 : samples;
            }
        }
        finally
        {
            if (added)
                _handle.DangerousRelease();
        }
    }
}
