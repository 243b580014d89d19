using System.Globalization;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// Reply wording in the caller's language: pick one of three phrasings, and dates, times and opening days written
/// the way the speech normaliser reads them ("Thursday, 5 March", "8:30 PM"; Hinglish "raat 8:30"; Hindi "रात 8:30 बजे").
/// </summary>
public sealed class Say(CallerLanguage language)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] HindiDays = ["रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"];
    private static readonly string[] HinglishDays = ["Ravivaar", "Somvaar", "Mangalvaar", "Budhvaar", "Guruvaar", "Shukravaar", "Shanivaar"];
    private static readonly string[] HindiMonths = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"];

    public CallerLanguage Language { get; } = language;

    public string T(string english, string hindi, string hinglish) => Language switch
    {
        CallerLanguage.Hindi => hindi,
        CallerLanguage.Hinglish => hinglish,
        _ => english,
    };

    public string Day(DayOfWeek day) => Language switch
    {
        CallerLanguage.Hindi => HindiDays[(int)day],
        CallerLanguage.Hinglish => HinglishDays[(int)day],
        _ => day.ToString(),
    };

    public string Date(DateOnly date) => Language == CallerLanguage.Hindi
        ? $"{Day(date.DayOfWeek)}, {date.Day} {HindiMonths[date.Month - 1]}"
        : $"{Day(date.DayOfWeek)}, {date.Day} {date.ToString("MMMM", Invariant)}";

    public string Time(TimeOnly time)
    {
        var clock = time.Minute == 0 ? (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString(Invariant) : time.ToString("h:mm", Invariant);
        return Language switch
        {
            CallerLanguage.Hindi => $"{HindiDayPart(time)} {clock} बजे",
            CallerLanguage.Hinglish => $"{HinglishDayPart(time)} {clock}",
            _ => $"{clock} {(time.Hour < 12 ? "AM" : "PM")}",
        };
    }

    public string Times(IEnumerable<TimeOnly> times)
    {
        var list = times.Select(Time).ToArray();
        return list.Length <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + T(" or ", " या ", " ya ") + list[^1];
    }

    /// <summary>"Tuesday to Sunday, 11 AM to 10:30 PM" (or day by day when hours differ).</summary>
    public string OpeningHours(WeeklyHours hours)
    {
        var open = hours.OpenDays;
        if (open.Count == 0) return T("We are closed all week.", "हम पूरे हफ़्ते बंद हैं।", "Hum poore hafte band hain.");
        var ranges = open.Select(d => Ranges(hours.On(d))).Distinct().ToArray();
        if (ranges.Length == 1) return $"{DaySpan(open)}, {ranges[0]}";
        return string.Join("; ", open.Select(d => $"{Day(d)} {Ranges(hours.On(d))}"));
    }

    public string OpenDays(WeeklyHours hours) => DaySpan(hours.OpenDays);

    public string Ranges(IReadOnlyList<TimeRange> ranges) =>
        string.Join(T(" and ", " और ", " aur "), ranges.Select(r => $"{Time(r.Open)}{T(" to ", " से ", " se ")}{Time(r.Close)}"));

    private string DaySpan(IReadOnlyList<DayOfWeek> days)
    {
        var monFirst = days.Select(d => ((int)d + 6) % 7).Order().ToArray();
        var contiguous = monFirst.Zip(monFirst.Skip(1)).All(p => p.Second == p.First + 1);
        if (monFirst.Length == 7) return T("every day", "हर दिन", "har din");
        if (contiguous && monFirst.Length > 2)
            return $"{Day((DayOfWeek)((monFirst[0] + 1) % 7))}{T(" to ", " से ", " se ")}{Day((DayOfWeek)((monFirst[^1] + 1) % 7))}";
        return string.Join(", ", days.Select(Day));
    }

    private static string HindiDayPart(TimeOnly t) => t.Hour switch { < 12 => "सुबह", < 16 => "दोपहर", < 19 => "शाम", _ => "रात" };

    private static string HinglishDayPart(TimeOnly t) => t.Hour switch { < 12 => "subah", < 16 => "dopahar", < 19 => "shaam", _ => "raat" };
}
