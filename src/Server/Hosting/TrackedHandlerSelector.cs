using MediaCore.Media.Handlers;
using MediaCore.Server.Control.Live;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Puts every inbound call under the control API before its handler is chosen: the call is tracked (so the agent's
/// first events already find it), then the inner selector's handler is wrapped with the mute switch.
/// </summary>
public sealed class TrackedHandlerSelector(ICallHandlerSelector inner, SipCallControl calls, SipTenantRouting routing) : IAsyncCallHandlerSelector
{
    public string Description => inner.Description;

    public ICallAudioHandler Select(SipCall call)
    {
        var live = calls.Track(call, routing.Resolve(call), call.RemoteUser ?? "", call.LocalUser ?? "");
        return calls.Attach(live, inner.Select(call));
    }

    public async Task<ICallAudioHandler> SelectAsync(SipCall call, CancellationToken cancellationToken)
    {
        var live = calls.Track(call, routing.Resolve(call), call.RemoteUser ?? "", call.LocalUser ?? "");
        var handler = inner is IAsyncCallHandlerSelector selector
            ? await selector.SelectAsync(call, cancellationToken).ConfigureAwait(false)
            : inner.Select(call);
        return calls.Attach(live, handler);
    }
}
