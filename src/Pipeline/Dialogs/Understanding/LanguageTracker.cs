namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>
/// The caller's language across a call. Starts at the tenant default; the first substantive utterance with at least
/// 70% confidence sets it. Later, a confident switch (≥ 85%) is followed at once and a weaker one after two turns
/// in a row, so a lone "haan" from an English caller does not flip the conversation.
/// </summary>
public sealed class LanguageTracker(CallerLanguage initial, IReadOnlySet<CallerLanguage> allowed)
{
    private const double MinConfidence = 0.7;
    private const double SwitchAtOnce = 0.85;
    private bool _settled;
    private CallerLanguage? _pending;

    public CallerLanguage Current { get; private set; } = initial;

    public CallerLanguage Observe(string text)
    {
        var guess = LanguageDetector.Detect(text);
        if (guess.Language is not { } heard || guess.Confidence < MinConfidence || !allowed.Contains(heard))
        {
            if (guess.Language is not null && guess.Language != _pending) _pending = null;
            return Current;
        }
        if (!_settled || heard == Current || guess.Confidence >= SwitchAtOnce || _pending == heard)
        {
            Current = heard;
            _settled = true;
            _pending = null;
        }
        else
        {
            _pending = heard;
        }
        return Current;
    }
}
