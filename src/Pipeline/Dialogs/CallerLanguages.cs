namespace MediaCore.Pipeline.Dialogs;

/// <summary>Maps <see cref="CallerLanguage"/> to the tenant config codes ("en", "hi", "hi-Latn") and back.</summary>
public static class CallerLanguages
{
    public static string Code(this CallerLanguage language) => language switch
    {
        CallerLanguage.Hindi => "hi",
        CallerLanguage.Hinglish => "hi-Latn",
        _ => "en",
    };

    public static CallerLanguage FromCode(string code) => code switch
    {
        "hi" => CallerLanguage.Hindi,
        "hi-Latn" => CallerLanguage.Hinglish,
        _ => CallerLanguage.English,
    };
}
