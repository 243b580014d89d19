using MediaCore.Media.Handlers;

namespace MediaCore.Server.Tests.Interop;

/// <summary>
/// The callee's media handler: passes everything to the scripted caller and, once armed, completes
/// <see cref="Heard"/> when the caller hears speech (a few consecutive loud frames) — proof that audio the bot produced
/// after that moment reached the far end of the call.
/// </summary>
internal sealed class SpeechHeardProbe(ICallAudioHandler inner) : ICallAudioHandler
{
    private const int SpeechLevel = 300;
    private const int FramesInARow = 3;
    private readonly TaskCompletionSource _heard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _armed;
    private int _loudFrames;

    public int SampleRate => inner.SampleRate;

    public Task Heard => _heard.Task;

    public void Arm() => _armed = true;

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        inner.OnInboundFrame(pcm, sampleRate);
        if (!_armed)
            return;
        _loudFrames = Rms(pcm) >= SpeechLevel ? _loudFrames + 1 : 0;
        if (_loudFrames >= FramesInARow)
            _heard.TrySetResult();
    }

    public bool FillOutboundFrame(Span<short> pcm) => inner.FillOutboundFrame(pcm);

    private static double Rms(ReadOnlySpan<short> pcm)
    {
        double sum = 0;
        foreach (var s in pcm)
            sum += s * (double)s;
        return pcm.IsEmpty ? 0 : Math.Sqrt(sum / pcm.Length);
    }
}
