namespace MediaCore.Media.Scheduling;

/// <summary>A handler that threw during a tick and was removed from its thread.</summary>
public sealed record MediaTickFault(IMediaTickHandler Handler, Exception Exception, int ThreadIndex);
