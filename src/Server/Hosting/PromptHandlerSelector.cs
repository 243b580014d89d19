using MediaCore.Media.Handlers;
using MediaCore.Media.Wav;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>Every call hears the same prompt once (then silence); the clip is shared, each call has its own position.</summary>
public sealed class PromptHandlerSelector(WavAudio prompt, string description) : ICallHandlerSelector
{
    public string Description { get; } = description;

    public WavAudio Prompt { get; } = prompt.Channels == 1 ? prompt : prompt.ToMono();

    public ICallAudioHandler Select(SipCall call) => new WavPlayerHandler(Prompt);
}
