namespace MediaCore.Server.Streams.Wire;

/// <summary>Why an inbound text message could not be read.</summary>
public enum StreamParseError
{
    None,
    /// <summary>Not valid JSON (or more than one value).</summary>
    MalformedJson,
    /// <summary>Valid JSON, but the root is not an object.</summary>
    NotAnObject,
    /// <summary>No string "event" property.</summary>
    MissingEvent,
    /// <summary>A field the event needs has the wrong JSON type.</summary>
    WrongFieldType,
}
