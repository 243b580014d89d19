using MediaCore.Media.Frames;

namespace MediaCore.Media.Codecs.Opus;

/// <summary>
/// Mono Opus encoder (libopus, VOIP application) for 20 ms frames at 8, 16 or 48 kHz. The RTP clock for Opus is
/// always 48 kHz (RFC 7587), but libopus resamples internally, so the PCM side runs at the pipeline's rate.
/// </summary>
public sealed unsafe class OpusEncoder : IAudioEncoder
{
    public const int DefaultBitrate = 24_000;

    /// <summary>Largest packet libopus recommends for one frame (opus_encode docs): a safe payload buffer size.</summary>
    public const int MaxPacketBytes = 1275;

    private readonly OpusEncoderHandle _handle;

    public OpusEncoder(int sampleRate, int bitrate = DefaultBitrate)
    {
        if (sampleRate is not (SampleRates.Narrowband or SampleRates.Wideband or SampleRates.Fullband))
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Opus runs here at 8000, 16000 or 48000 Hz.");
        var native = OpusNative.EncoderCreate(sampleRate, 1, OpusNative.ApplicationVoip, out var error);
        if (error != OpusNative.Ok || native == IntPtr.Zero)
            throw new OpusException($"opus_encoder_create({sampleRate} Hz, mono, VOIP)", error);
        _handle = new OpusEncoderHandle(native);
        SampleRate = sampleRate;
        FrameSamples = AudioFrame.SamplesPerFrame(sampleRate);
        SetBitrate(bitrate);
    }

    public int SampleRate { get; }

    /// <summary>Samples in the one frame size this encoder takes (20 ms).</summary>
    public int FrameSamples { get; }

    /// <summary>Target bitrate in bits per second (OPUS_SET_BITRATE).</summary>
    public void SetBitrate(int bitsPerSecond) => Control(OpusNative.SetBitrateRequest, bitsPerSecond, "OPUS_SET_BITRATE");

    /// <summary>0 (fastest) … 10 (best) (OPUS_SET_COMPLEXITY).</summary>
    public void SetComplexity(int complexity) => Control(OpusNative.SetComplexityRequest, complexity, "OPUS_SET_COMPLEXITY");

    /// <summary>Embeds a low-bitrate copy of each frame in the next packet so the receiver can recover one loss (OPUS_SET_INBAND_FEC).</summary>
    public void SetInbandFec(bool enabled) => Control(OpusNative.SetInbandFecRequest, enabled ? 1 : 0, "OPUS_SET_INBAND_FEC");

    /// <summary>Expected loss in percent; FEC is only spent when this is above zero (OPUS_SET_PACKET_LOSS_PERC).</summary>
    public void SetPacketLossPercent(int percent) =>
        Control(OpusNative.SetPacketLossPercRequest, percent, "OPUS_SET_PACKET_LOSS_PERC");

    /// <summary>Encodes exactly one 20 ms frame; returns the packet length, or -1 if the frame size is wrong or the payload buffer too small.</summary>
    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        if (pcm.Length != FrameSamples || payload.IsEmpty)
            return -1;
        bool added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            fixed (short* input = pcm)
            fixed (byte* output = payload)
            {
                var written = OpusNative.Encode(_handle.DangerousGetHandle(), input, FrameSamples, output, payload.Length);
                return written < 0 ? -1 : written;
            }
        }
        finally
        {
            if (added)
                _handle.DangerousRelease();
        }
    }

    public void Dispose() => _handle.Dispose();

    private void Control(int request, int value, string name)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var result = OpusNative.EncoderCtl(_handle.DangerousGetHandle(), request, value);
        if (result != OpusNative.Ok)
            throw new OpusException($"opus_encoder_ctl({name}, {value})", result);
    }
}
