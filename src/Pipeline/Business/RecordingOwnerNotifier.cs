namespace MediaCore.Pipeline.Business;

/// <summary>Keeps every notice in memory: the default until an SMS adapter exists, and what `mediacore chat` prints.</summary>
public sealed class RecordingOwnerNotifier : IOwnerNotifier
{
    private readonly List<EmergencyNotice> _notices = [];

    public IReadOnlyList<EmergencyNotice> Notices
    {
        get { lock (_notices) return _notices.ToArray(); }
    }

    public void NotifyEmergency(EmergencyNotice notice)
    {
        lock (_notices) _notices.Add(notice);
    }
}
