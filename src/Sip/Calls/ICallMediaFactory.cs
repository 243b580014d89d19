namespace MediaCore.Sip.Calls;

/// <summary>Creates the media for a call before its SDP is written (so the port can go into the offer/answer).</summary>
public interface ICallMediaFactory
{
    ICallMedia Create(string callId);
}
