namespace MediaCore.Pipeline.Dialogs;

/// <summary>The language the bot answers in. Hinglish answers are romanised Hindi mixed with English words.</summary>
public enum CallerLanguage
{
    English,
    /// <summary>Hindi in Devanagari script.</summary>
    Hindi,
    /// <summary>Romanised Hindi / Hindi-English code-mixing.</summary>
    Hinglish,
}
