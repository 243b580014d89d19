namespace MediaCore.Media.Jitter;

/// <summary>
/// Chooses the jitter buffer's target delay (in frames). It estimates interarrival jitter as RFC 3550 A.8 does
/// (J += (|D| − J) / 16, here in milliseconds) and aims for one frame plus k × J, clamped to [min, max].
/// The target rises at once (late packets are audible) and also steps up one frame per late packet, since the
/// smoothed J reacts slowly to a delay spike; it falls by at most one frame per shrink interval, so a quiet
/// minute of network does not whipsaw the delay; faster (×4) while the caller reports silence.
/// </summary>
internal sealed class JitterDelayController
{
    private const double JitterGain = 1.0 / 16;

    /// <summary>How much faster the target may shrink while the caller reports silence.</summary>
    public const int QuietShrinkSpeedup = 4;

    private readonly JitterBufferOptions _options;
    private readonly double _frameMilliseconds;
    private readonly int _shrinkIntervalFrames;
    private bool _haveLast;
    private TimeSpan _lastArrival;
    private uint _lastTimestamp;
    private int _framesSinceChange;

    public JitterDelayController(JitterBufferOptions options)
    {
        _options = options;
        _frameMilliseconds = options.FrameDuration.TotalMilliseconds;
        _shrinkIntervalFrames = Math.Max(1, (int)(options.ShrinkInterval / options.FrameDuration));
        TargetFrames = options.MinFrames;
    }

    public double JitterMilliseconds { get; private set; }

    public int TargetFrames { get; private set; }

    /// <summary>A.8 update from one accepted packet's RTP timestamp and arrival time.</summary>
    public void OnArrival(uint timestamp, TimeSpan arrival)
    {
        if (_haveLast)
        {
            double arrivalDelta = (arrival - _lastArrival).TotalMilliseconds;
            double mediaDelta = (int)(timestamp - _lastTimestamp) * 1000.0 / _options.ClockRate;
            double d = Math.Abs(arrivalDelta - mediaDelta);
            JitterMilliseconds += (d - JitterMilliseconds) * JitterGain;
        }
        _haveLast = true;
        _lastArrival = arrival;
        _lastTimestamp = timestamp;
    }

    /// <summary>A packet missed its playout: one more frame of delay now.</summary>
    public void OnLatePacket()
    {
        TargetFrames = Math.Min(_options.MaxFrames, TargetFrames + 1);
        _framesSinceChange = 0;
    }

    /// <summary>Called once per playout tick: moves the target towards what the jitter estimate asks for.</summary>
    public void OnTick(bool quiet)
    {
        _framesSinceChange++;
        int desired = 1 + (int)Math.Ceiling(_options.JitterMultiplier * JitterMilliseconds / _frameMilliseconds);
        desired = Math.Clamp(desired, _options.MinFrames, _options.MaxFrames);
        if (desired > TargetFrames)
        {
            TargetFrames = desired;
            _framesSinceChange = 0;
        }
        else if (desired < TargetFrames && _framesSinceChange * (quiet ? QuietShrinkSpeedup : 1) >= _shrinkIntervalFrames)
        {
            TargetFrames--;
            _framesSinceChange = 0;
        }
    }

    public void Reset()
    {
        _haveLast = false;
        _framesSinceChange = 0;
    }
}
