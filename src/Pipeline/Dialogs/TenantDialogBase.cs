using System.Text.Json.Nodes;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>Shared plumbing of the rule dialogs: the call's tool set and clock, language tracking, and reply assembly.</summary>
public abstract class TenantDialogBase : ITenantDialog
{
    private readonly LanguageTracker _language;
    private int _callsReported;
    private DateTimeOffset _now;

    protected TenantDialogBase(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
    {
        Tenant = tenant;
        Tools = new ToolSet(new ToolContext(tenant, services, callId, callerNumber, () => _now));
        var allowed = tenant.Languages.Select(CallerLanguages.FromCode).ToHashSet();
        _language = new LanguageTracker(CallerLanguages.FromCode(tenant.DefaultLanguage), allowed);
    }

    protected TenantConfig Tenant { get; }
    protected ToolSet Tools { get; }
    protected ToolContext Context => Tools.Context;
    protected DateTimeOffset Now => _now;
    protected DateOnly Today => DateOnly.FromDateTime(Tenant.LocalTime(_now).DateTime);
    protected Say Say { get; private set; } = new(CallerLanguage.English);

    public DialogReply Greet(DateTimeOffset now)
    {
        _now = now;
        Say = new Say(_language.Current);
        return Reply(Tenant.GreetingFor(_language.Current.Code()).Full + " " + Opening());
    }

    public DialogReply Respond(string callerText, DateTimeOffset now)
    {
        _now = now;
        Say = new Say(_language.Observe(callerText));
        return Reply(Handle(callerText.Trim()));
    }

    /// <summary>What to add after the greeting (a first question), or "".</summary>
    protected virtual string Opening() => "";

    protected abstract string Handle(string text);

    protected abstract JsonObject State();

    protected virtual bool EndOfCall => false;

    protected ToolCall Call(string tool, JsonObject args) => Tools.Invoke(tool, args);

    /// <summary>Transfers to a person, or if no transfer target is configured, books a callback.</summary>
    protected string HandOff(string reason)
    {
        var transfer = Call("handoff", new JsonObject { ["reason"] = reason });
        if (transfer.Ok)
            return Say.T("Connecting you to our manager now, please hold.", "मैं आपको अभी मैनेजर से जोड़ रही हूँ, कृपया लाइन पर रहें।",
                "Main aapko abhi manager se jod rahi hoon, please line par rahiye.");
        return Callback(reason);
    }

    protected string Callback(string reason)
    {
        var cb = Call("request_callback", new JsonObject { ["reason"] = reason });
        return cb.Ok
            ? Say.T("Done — our manager will call you back on this number shortly.", "ठीक है — हमारे मैनेजर जल्द ही इसी नंबर पर आपको कॉल करेंगे।",
                "Theek hai — hamare manager jaldi isi number par aapko call karenge.")
            : Say.T("Please tell me the best number to call you back on.", "कृपया कॉल बैक के लिए अपना नंबर बताइए।", "Please call back ke liye apna number bataiye.");
    }

    protected static bool Mentions(string text, params string[] phrases)
    {
        var padded = " " + TextTokens.Normalize(text) + " ";
        return phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private DialogReply Reply(string text)
    {
        var calls = Tools.Calls.Skip(_callsReported).ToArray();
        _callsReported = Tools.Calls.Count;
        return new DialogReply(text.Trim(), Say.Language, calls, State(), Context.Handoff, EndOfCall);
    }
}
