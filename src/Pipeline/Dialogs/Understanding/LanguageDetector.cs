using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>
/// Guesses Hindi / English / Hinglish from the words of an utterance. Devanagari script means Hindi. Otherwise
/// romanised Hindi marker words against English function words decide: any Hindi marker makes it Hinglish, with
/// confidence rising with the count; fillers ("um", "hello", "ok") and words both languages use ("table", "book") count for neither.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> HindiWords =
    [
        "haan", "haa", "han", "nahi", "nahin", "nahiin", "kya", "hai", "hain", "ho", "mujhe", "mujhko", "humein", "hume", "chahiye", "kitne", "kitna",
        "kitni", "log", "logon", "logo", "kal", "aaj", "parson", "baje", "ke", "liye", "karna", "karni", "karo", "kariye", "kijiye", "hoga", "hogi", "tha",
        "aur", "mein", "main", "hum", "aap", "aapka", "aapke", "apna", "mera", "meri", "mere", "naam", "ji", "theek", "thik", "acha", "accha", "achha",
        "bilkul", "sahi", "kab", "kahan", "kaise", "kyun", "wala", "wali", "sham", "shaam", "raat", "subah", "dopahar", "saadhe", "sawa", "paune",
        "ek", "teen", "char", "chaar", "paanch", "panch", "chhe", "saat", "aath", "nau", "das", "bees", "tak", "se", "ka", "ki", "ko", "bhi", "abhi",
        "batao", "bataiye", "bata", "dijiye", "chalega", "khana", "daam", "kaam", "naukri", "tankhwah", "rehte", "rehti", "rahte", "rahta", "karta", "karti",
        "somvar", "mangalvar", "budhvar", "guruvar", "shukravar", "shanivar", "ravivar", "itwaar", "dard", "saans",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "the", "a", "an", "is", "are", "am", "i", "i'd", "id", "im", "we", "you", "my", "our", "for", "of", "to", "at", "on", "in", "and", "or", "with",
        "please", "would", "like", "want", "need", "can", "could", "how", "much", "many", "what", "when", "where", "which", "who", "yes", "no", "yeah",
        "people", "persons", "guests", "tomorrow", "today", "tonight", "evening", "morning", "afternoon", "night", "price", "cost", "open", "close",
        "closed", "reserve", "reservation", "there", "this", "that", "it", "it's", "its", "be", "do", "does", "have", "has", "will", "name", "thanks",
        "thank", "sorry", "actually", "instead", "make", "change", "not", "don't", "dont", "sure", "correct", "right", "great", "about", "your",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "salaried", "salary", "live", "work", "appointment", "doctor",
    ];

    private static readonly HashSet<string> Fillers = ["um", "umm", "uh", "uhh", "hmm", "hm", "er", "erm", "ah", "oh", "hello", "hi", "hey", "ok", "okay", "haanji"];

    public static LanguageGuess Detect(string text)
    {
        var letters = text.Count(char.IsLetter);
        if (letters == 0) return new LanguageGuess(null, 0);
        var devanagari = text.Count(c => c is >= '\u0900' and <= '\u097F');
        if (devanagari * 2 >= letters) return new LanguageGuess(CallerLanguage.Hindi, 0.95);

        var words = TextTokens.Split(text).Where(w => !Fillers.Contains(w)).ToArray();
        var hindi = words.Count(HindiWords.Contains);
        var english = words.Count(w => EnglishWords.Contains(w));
        if (hindi == 0 && english == 0) return new LanguageGuess(null, 0);
        if (hindi == 0) return new LanguageGuess(CallerLanguage.English, Math.Min(1.0, 0.6 + 0.1 * english));
        // Short replies like "haan" lean Hinglish only a little; several markers are conclusive.
        var share = (double)hindi / (hindi + english);
        return new LanguageGuess(CallerLanguage.Hinglish, Math.Min(1.0, 0.45 + 0.15 * hindi + 0.2 * share));
    }
}
