using System.Runtime.CompilerServices;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Privacy;

namespace MediaCore.Server.Agent.Records;

/// <summary>
/// Says out loud that the caller's "don't record" / "transcribe mat karo" was heard (the store blanks the transcript
/// on its own), in Hindi for a Hindi request, then carries on: a bare opt-out is answered with an offer to help, a
/// request that came with it ("don't record this, I want to book a table") goes to the tenant's brain as usual.
/// </summary>
internal sealed class OptOutAcknowledgingBrain(IAgentBrain inner) : IAgentBrain
{
    public const string English = "Okay, I won't keep a transcript of this call.";
    public const string Hindi = "Theek hai, is call ka transcript nahin rakha jayega.";
    private const string EnglishFollowUp = " How else can I help you?";
    private const string HindiFollowUp = " Aur main aapki kya madad kar sakti hoon?";

    // Words of the opt-out phrases themselves and their usual padding: anything else is a request to answer.
    private static readonly HashSet<string> OptOutWords = new(StringComparer.Ordinal)
    {
        "please", "do", "dont", "don't", "not", "record", "recording", "transcribe", "save", "stop", "this", "the", "call",
        "my", "me", "it", "conversation", "mat", "karo", "kijiye", "karna", "karein", "nahi", "nahin", "na", "band", "ise",
        "is", "ko", "ka", "kripya", "thanks", "thank", "you", "and", "okay", "ok",
        "रिकॉर्ड", "रिकॉर्डिंग", "मत", "करो", "कीजिए", "न", "करें", "बंद", "कृपया",
    };

    private static readonly HashSet<string> HindiMarkers = new(StringComparer.Ordinal)
    {
        "mat", "karo", "kijiye", "karna", "karein", "nahi", "nahin", "band", "kripya",
    };

    public string Name => inner.Name;

    public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var said = request.History.LastOrDefault(m => m.Role == ChatRole.User)?.Content;
        if (!RecordingOptOutDetector.IsOptOut(said))
        {
            await foreach (var e in inner.StreamAsync(request, cancellationToken).ConfigureAwait(false))
                yield return e;
            yield break;
        }
        var words = Words(said!);
        bool hindi = said!.Any(c => c is >= '\u0900' and <= '\u097F') || words.Any(HindiMarkers.Contains);
        yield return new BrainTextDelta(hindi ? Hindi : English);
        if (words.All(OptOutWords.Contains))
        {
            yield return new BrainTextDelta(hindi ? HindiFollowUp : EnglishFollowUp);
            yield break;
        }
        yield return new BrainTextDelta(" ");
        await foreach (var e in inner.StreamAsync(request, cancellationToken).ConfigureAwait(false))
            yield return e;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'')
            .Split([' ', ',', '.', '!', '?', ';', ':', '"', '-'], StringSplitOptions.RemoveEmptyEntries);
}
