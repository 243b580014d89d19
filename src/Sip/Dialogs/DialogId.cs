namespace MediaCore.Sip.Dialogs;

/// <summary>A dialog is identified by Call-ID, local tag and remote tag (RFC 3261 §12).</summary>
public readonly record struct DialogId(string CallId, string LocalTag, string RemoteTag)
{
    public override string ToString() => CallId + ";local=" + LocalTag + ";remote=" + RemoteTag;
}
