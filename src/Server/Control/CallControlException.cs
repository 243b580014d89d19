namespace MediaCore.Server.Control;

/// <summary>A call-layer failure the control API turns into a gRPC status (see <see cref="CallControlService"/>).</summary>
public sealed class CallControlException(CallControlError error, string message) : Exception(message)
{
    public CallControlError Error { get; } = error;
}

public enum CallControlError
{
    /// <summary>No such call (or tenant/trunk) → NOT_FOUND.</summary>
    NotFound,
    /// <summary>The request cannot apply to the call's current state (e.g. transfer of an ended call) → FAILED_PRECONDITION.</summary>
    WrongState,
    /// <summary>The call layer or trunk cannot take work now → UNAVAILABLE.</summary>
    Unavailable,
    /// <summary>Bad input the call layer detected (e.g. unroutable number) → INVALID_ARGUMENT.</summary>
    InvalidArgument,
}
