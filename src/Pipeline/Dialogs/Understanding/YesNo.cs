using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>Yes / no in English, romanised Hindi ("haan", "ji haan", "nahi", "nahin") and Devanagari. Null when neither.</summary>
public static class YesNo
{
    private static readonly string[] No =
    [
        "no", "nope", "nah", "not really", "dont", "do not", "nahi", "nahin", "nahiin", "na", "ji nahi", "ji nahin", "bilkul nahi", "नहीं", "जी नहीं", "ना", "galat", "wrong",
    ];

    private static readonly string[] Yes =
    [
        "yes", "yeah", "yep", "yup", "sure", "correct", "right", "ok", "okay", "confirm", "please do", "go ahead", "absolutely", "of course", "perfect", "great",
        "book it", "do it", "that works", "sounds good", "haan", "haa", "han", "ha", "ji haan", "ji han", "haan ji", "ha ji", "ji", "theek hai", "thik hai", "theek", "bilkul",
        "sahi", "sahi hai", "chalega", "हाँ", "हां", "जी हाँ", "जी हां", "जी", "ठीक है", "बिल्कुल", "सही",
    ];

    public static bool? Parse(string text)
    {
        var padded = " " + TextTokens.Normalize(text) + " ";
        if (No.Any(n => padded.Contains(" " + n + " ", StringComparison.Ordinal))) return false;
        if (Yes.Any(y => padded.Contains(" " + y + " ", StringComparison.Ordinal))) return true;
        return null;
    }
}
