using MediaCore.Media.Handlers;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Chooses the audio handler of each inbound call (by trunk, tenant, dialled number…) before it is answered. Today a
/// test handler (echo, a prompt); the agent pipeline plugs in here later.
/// </summary>
public interface ICallHandlerSelector
{
    /// <summary>A short description for the startup log.</summary>
    string Description { get; }

    ICallAudioHandler Select(SipCall call);
}
