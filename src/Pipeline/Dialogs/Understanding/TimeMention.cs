namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>A clock time as said: hour 0–23, minute, and whether am/pm (or a day part) was given.</summary>
public readonly record struct TimeMention(int Hour, int Minute, bool? Pm)
{
    /// <summary>
    /// The time meant, choosing am or pm when unsaid by what the business is open for (8 at a restaurant is 20:00,
    /// 9 at a plumber is 09:00); <paramref name="isOpen"/> tests a candidate.
    /// </summary>
    public TimeOnly Resolve(Func<TimeOnly, bool> isOpen)
    {
        var hour = Hour % 24;
        if (Pm == true && hour < 12) hour += 12;
        if (Pm == false && hour == 12) hour = 0;
        var asSaid = new TimeOnly(hour, Minute);
        if (Pm is not null || Hour == 0 || Hour > 12) return asSaid;
        var pm = new TimeOnly((Hour % 12) + 12, Minute);
        var am = new TimeOnly(Hour % 12, Minute);
        if (isOpen(pm) && !isOpen(am)) return pm;
        if (isOpen(am) && !isOpen(pm)) return am;
        return Hour is >= 1 and <= 7 ? pm : asSaid;
    }
}
