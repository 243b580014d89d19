namespace MediaCore.Server.Browser;

/// <summary>What a handler may ask of its transport. Both are safe from any thread and return at once.</summary>
public interface IStreamCallControl
{
    /// <summary>Barge-in: drop every bot audio frame not yet played (the transport tells the far end to flush).</summary>
    void Clear();

    /// <summary>End the call from our side.</summary>
    void Hangup(string reason);
}
