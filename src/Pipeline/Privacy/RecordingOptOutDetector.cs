using System.Text;

namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// Spots a caller asking not to be recorded ("don't record", "do not record", "record mat karo",
/// "transcribe mat karo", ...) in an STT transcript. On a hit the call continues but only metadata is kept:
/// see <see cref="Records.ICallRecordStore.SuppressTranscriptAsync"/>.
/// Matching is on whole words after lowercasing and dropping punctuation, so "recorded" does not trigger "record".
/// </summary>
public static class RecordingOptOutDetector
{
    private static readonly string[] Phrases =
    [
        "don't record", "dont record", "do not record", "don't transcribe", "dont transcribe", "do not transcribe",
        "stop recording", "don't save this call", "do not save this call",
        // Hinglish, as whisper and the Hindi models write it.
        "record mat karo", "record mat kijiye", "record mat karna", "recording mat karo", "recording band karo",
        "mat record karo", "transcribe mat karo", "transcribe mat kijiye", "record nahi karna", "record na karein",
        // Devanagari.
        "रिकॉर्ड मत करो", "रिकॉर्ड मत कीजिए", "रिकॉर्ड न करें", "रिकॉर्डिंग बंद करो",
    ];

    public static bool IsOptOut(string? utterance)
    {
        if (string.IsNullOrWhiteSpace(utterance)) return false;
        var text = " " + Simplify(utterance) + " ";
        foreach (var phrase in Phrases)
            if (text.Contains(" " + phrase + " ", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Lowercase, curly apostrophes straightened, punctuation to spaces, runs of spaces collapsed.</summary>
    private static string Simplify(string utterance)
    {
        var builder = new StringBuilder(utterance.Length);
        var lastWasSpace = false;
        foreach (var raw in utterance)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            var keep = char.IsLetterOrDigit(c) || c == '\'' || char.GetUnicodeCategory(c) is
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }
}
