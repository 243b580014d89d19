namespace MediaCore.Sip.Dialogs;

/// <summary>RFC 3261 §12: a dialog created by a provisional response is early, by a 2xx confirmed.</summary>
public enum DialogState
{
    Early,
    Confirmed,
    Terminated,
}
