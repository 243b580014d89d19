namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>A language guess for one utterance; Language is null when the utterance had nothing to go on (fillers, digits).</summary>
public readonly record struct LanguageGuess(CallerLanguage? Language, double Confidence);
