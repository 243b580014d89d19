namespace MediaCore.Server.Metrics;

/// <summary>A double updated with compare-and-swap, for lock-free counters, gauges and histogram sums.</summary>
internal struct AtomicDouble
{
    private long _bits;

    public double Value => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _bits));

    public void Set(double value) => Interlocked.Exchange(ref _bits, BitConverter.DoubleToInt64Bits(value));

    public void Add(double delta)
    {
        long seen = Interlocked.Read(ref _bits);
        while (true)
        {
            long next = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(seen) + delta);
            long actual = Interlocked.CompareExchange(ref _bits, next, seen);
            if (actual == seen)
                return;
            seen = actual;
        }
    }
}
