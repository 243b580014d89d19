using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;

namespace MediaCore.Sip.Media;

/// <summary>The handler of a call nobody chose one for: hears nothing, says nothing (the session sends encoded silence).</summary>
internal sealed class SilenceHandler : ICallAudioHandler
{
    public static SilenceHandler Instance { get; } = new();

    public int SampleRate => SampleRates.Narrowband;

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
    }

    public bool FillOutboundFrame(Span<short> pcm) => false;
}
