using MediaCore.Media.Frames;

namespace MediaCore.Media.Scheduling;

/// <summary>
/// Work done once per 20 ms media tick (one call's inbound playout and outbound packet). Runs on a dedicated
/// <see cref="MediaTickScheduler"/> thread shared with many other calls: it must not block and should allocate nothing.
/// A handler that throws is removed from the scheduler and reported through <see cref="MediaTickScheduler.HandlerFaulted"/>.
/// </summary>
public interface IMediaTickHandler
{
    void OnTick(in FrameTick tick);
}
