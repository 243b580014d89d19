namespace MediaCore.Sip.Calls;

/// <summary>Why and how a call ended: the reason, and the SIP status when a response ended it (487, 486, 408...).</summary>
public sealed record CallEndedEventArgs(CallEndReason Reason, int StatusCode = 0);
