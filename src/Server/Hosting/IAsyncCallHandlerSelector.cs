using MediaCore.Media.Handlers;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>
/// A selector that needs a moment before the call is answered (the agent looks the caller up in the call records to
/// greet a returning caller by name). <see cref="SipServer"/> awaits it, then answers; the call rings meanwhile.
/// </summary>
public interface IAsyncCallHandlerSelector : ICallHandlerSelector
{
    Task<ICallAudioHandler> SelectAsync(SipCall call, CancellationToken cancellationToken);
}
