namespace MediaCore.Pipeline.BargeIn;

/// <summary>What the arbiter decided this tick.</summary>
public enum BargeInAction
{
    None,
    /// <summary>Silence the bot now.</summary>
    Interrupt,
    /// <summary>The overlapping utterance was a backchannel or noise: keep talking, drop its transcript.</summary>
    Ignore,
    /// <summary>The overlapping utterance ended after the bot had finished anyway: treat it as a normal turn.</summary>
    Accept,
}
