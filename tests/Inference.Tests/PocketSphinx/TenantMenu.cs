using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>A small restaurant tenant: menu phrases and the pronunciations the tenant configured.</summary>
internal static class TenantMenu
{
    public static SpeechRecognitionOptions Options(bool withThukpaPronunciation = true) => new()
    {
        Language = "en",
        ExpectedPhrases =
        [
            "paneer momos", "chicken fried momos", "veg momos", "veg thukpa", "chicken thukpa", "masala chai",
            "butter chicken", "paneer tikka", "Ravi Sharma", "Priya",
        ],
        Pronunciations = withThukpaPronunciation
            ? new Dictionary<string, string>
            {
                ["momos"] = "M OW M OW Z", ["masala"] = "M AH S AA L AH", ["thukpa"] = "T UH K P AH",
                ["paneer"] = "P AH N IH R", ["veg"] = "V EH JH",
            }
            : new Dictionary<string, string>
            {
                ["momos"] = "M OW M OW Z", ["masala"] = "M AH S AA L AH", ["paneer"] = "P AH N IH R", ["veg"] = "V EH JH",
            },
    };
}
