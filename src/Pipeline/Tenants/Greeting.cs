namespace MediaCore.Pipeline.Tenants;

/// <summary>What the bot says when it answers, in one language, with the recording/AI consent notice.</summary>
public sealed record Greeting(string Text, string Consent)
{
    public string Full => string.IsNullOrEmpty(Consent) ? Text : Text + " " + Consent;
}
