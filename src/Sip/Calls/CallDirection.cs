namespace MediaCore.Sip.Calls;

public enum CallDirection
{
    Inbound,
    Outbound,
}
