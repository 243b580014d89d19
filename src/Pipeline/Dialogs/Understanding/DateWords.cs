namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>Relative days, weekdays and months in English, romanised Hindi and Devanagari.</summary>
public static class DateWords
{
    public static readonly Dictionary<string, int> RelativeDays = new()
    {
        ["today"] = 0, ["tonight"] = 0, ["aaj"] = 0, ["आज"] = 0, ["tomorrow"] = 1, ["kal"] = 1, ["कल"] = 1, ["parson"] = 2, ["parso"] = 2, ["परसों"] = 2,
    };

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
        ["somvar"] = DayOfWeek.Monday, ["somwar"] = DayOfWeek.Monday, ["mangalvar"] = DayOfWeek.Tuesday, ["mangalwar"] = DayOfWeek.Tuesday,
        ["budhvar"] = DayOfWeek.Wednesday, ["budhwar"] = DayOfWeek.Wednesday, ["guruvar"] = DayOfWeek.Thursday, ["guruwar"] = DayOfWeek.Thursday,
        ["shukravar"] = DayOfWeek.Friday, ["shukrawar"] = DayOfWeek.Friday, ["shanivar"] = DayOfWeek.Saturday, ["shaniwar"] = DayOfWeek.Saturday,
        ["ravivar"] = DayOfWeek.Sunday, ["raviwar"] = DayOfWeek.Sunday, ["itwaar"] = DayOfWeek.Sunday, ["itvaar"] = DayOfWeek.Sunday,
        ["सोमवार"] = DayOfWeek.Monday, ["मंगलवार"] = DayOfWeek.Tuesday, ["बुधवार"] = DayOfWeek.Wednesday, ["गुरुवार"] = DayOfWeek.Thursday,
        ["शुक्रवार"] = DayOfWeek.Friday, ["शनिवार"] = DayOfWeek.Saturday, ["रविवार"] = DayOfWeek.Sunday, ["इतवार"] = DayOfWeek.Sunday,
    };

    public static readonly Dictionary<string, int> Months = new()
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        ["जनवरी"] = 1, ["फरवरी"] = 2, ["मार्च"] = 3, ["अप्रैल"] = 4, ["मई"] = 5, ["जून"] = 6, ["जुलाई"] = 7, ["अगस्त"] = 8, ["सितंबर"] = 9,
        ["अक्टूबर"] = 10, ["नवंबर"] = 11, ["दिसंबर"] = 12,
    };

    /// <summary>The next date (today included) falling on a weekday.</summary>
    public static DateOnly Next(DateOnly today, DayOfWeek day, bool strictlyAfter = false)
    {
        var days = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (days == 0 && strictlyAfter) days = 7;
        return today.AddDays(days);
    }

    /// <summary>The next date (today included) with this day of month, in the given month if any.</summary>
    public static DateOnly? DayOfMonth(DateOnly today, int day, int? month)
    {
        if (day is < 1 or > 31) return null;
        for (var i = 0; i < 13; i++)
        {
            var m = today.AddMonths(i);
            if (month is { } wanted && m.Month != wanted) continue;
            if (day > DateTime.DaysInMonth(m.Year, m.Month)) continue;
            var d = new DateOnly(m.Year, m.Month, day);
            if (d >= today) return d;
        }
        return null;
    }
}
