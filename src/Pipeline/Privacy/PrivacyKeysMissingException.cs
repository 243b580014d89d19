namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// The server cannot start: a privacy key is missing or unusable. The message names the variable and how to make one;
/// it never contains key material.
/// </summary>
public sealed class PrivacyKeysMissingException(string message) : Exception(message);
