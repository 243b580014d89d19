using MediaCore.Pipeline.Calls;

namespace MediaCore.Server.Streams.Agent;

/// <summary>
/// The pipeline position each recent playout mark was issued at, in a fixed ring (as many as the
/// <see cref="PlayoutTracker"/> keeps pending): no allocation per mark. Mark id 0 (nothing acknowledged yet) maps to
/// <see cref="PlayoutPosition.None"/> once any mark was issued; before that the session issues no marks (the browser
/// demo) and nothing maps.
/// </summary>
internal sealed class MarkPositions
{
    private const int Capacity = 256;

    private readonly long[] _ids = new long[Capacity];
    private readonly PlayoutPosition[] _positions = new PlayoutPosition[Capacity];
    private bool _any;

    public void Add(long id, PlayoutPosition position)
    {
        var slot = (int)(id % Capacity);
        _ids[slot] = id;
        _positions[slot] = position;
        _any = true;
    }

    public bool TryGet(long id, out PlayoutPosition position)
    {
        position = PlayoutPosition.None;
        if (!_any)
            return false;
        if (id == 0)
            return true;
        var slot = (int)(id % Capacity);
        if (_ids[slot] != id)
            return false;
        position = _positions[slot];
        return true;
    }
}
