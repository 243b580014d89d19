using MediaCore.Media.Handlers;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>Every call hears itself back (40 ms later): the simplest end-to-end media check.</summary>
public sealed class EchoHandlerSelector : ICallHandlerSelector
{
    public string Description => "echo";

    public ICallAudioHandler Select(SipCall call) => new EchoHandler();
}
