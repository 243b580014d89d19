namespace MediaCore.Sip.Messages;

/// <summary>Method names (RFC 3261 §7.1, RFC 3262 PRACK, RFC 3311 UPDATE, RFC 3515 REFER, RFC 6665 SUBSCRIBE/NOTIFY, RFC 3428 MESSAGE, RFC 6086 INFO).</summary>
public static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Register = "REGISTER";
    public const string Options = "OPTIONS";
    public const string Prack = "PRACK";
    public const string Update = "UPDATE";
    public const string Refer = "REFER";
    public const string Subscribe = "SUBSCRIBE";
    public const string Notify = "NOTIFY";
    public const string Message = "MESSAGE";
    public const string Info = "INFO";
    public const string Publish = "PUBLISH";
}
