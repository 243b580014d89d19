namespace MediaCore.Pipeline.Records;

/// <summary>Who spoke a turn.</summary>
public enum Speaker
{
    Caller,
    Bot,
}
