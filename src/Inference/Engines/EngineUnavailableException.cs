namespace MediaCore.Inference.Engines;

/// <summary>
/// No usable engine for a slot: the requested one is missing and fallback is off, or every fallback is missing too.
/// The message names what is missing and how to install it.
/// </summary>
public sealed class EngineUnavailableException : Exception
{
    public EngineUnavailableException(EngineKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public EngineKind Kind { get; }
}
