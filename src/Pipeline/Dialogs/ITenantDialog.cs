namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// A deterministic, offline conversation for one call with one tenant: caller text in, reply out. Implementations
/// keep the call's state; create one per call.
/// </summary>
public interface ITenantDialog
{
    /// <summary>The opening line (greeting and consent notice) in the tenant's default language.</summary>
    DialogReply Greet(DateTimeOffset now);

    DialogReply Respond(string callerText, DateTimeOffset now);
}
