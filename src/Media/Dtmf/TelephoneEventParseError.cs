namespace MediaCore.Media.Dtmf;

/// <summary>Why <see cref="TelephoneEvent.TryParse"/> rejected a payload.</summary>
public enum TelephoneEventParseError
{
    None = 0,

    /// <summary>Fewer than the 4 bytes of one event block.</summary>
    TooShort,
}
