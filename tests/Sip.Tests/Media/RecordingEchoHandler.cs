using MediaCore.Media.Handlers;

namespace MediaCore.Sip.Tests.Media;

/// <summary>The echo handler, also keeping what it heard (so a test can check the inbound speech itself).</summary>
public sealed class RecordingEchoHandler(int sampleRate, TimeSpan maxRecording) : ICallAudioHandler
{
    private readonly EchoHandler _echo = new(sampleRate);

    public PcmRecorder Heard { get; } = new(sampleRate, maxRecording);

    public int SampleRate => _echo.SampleRate;

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        Heard.Append(pcm);
        _echo.OnInboundFrame(pcm, sampleRate);
    }

    public bool FillOutboundFrame(Span<short> pcm) => _echo.FillOutboundFrame(pcm);
}
