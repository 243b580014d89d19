using System.Globalization;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>
/// Finds party size, time and date in an utterance. Each number is classified by its neighbours ("6 people",
/// "for 6", "8 pm", "8 baje", "saadhe 8", "at 8", "5th", "5 March"). A bare number right after a correction word
/// ("actually 6", "nahi, 8:30") takes the kind of the value it corrects; other bare numbers fill the slot the bot
/// just asked for. Per kind the last value wins, so corrections replace earlier values.
/// </summary>
public static class SlotExtractor
{
    private static readonly HashSet<string> PartyAfter = ["people", "persons", "person", "guests", "guest", "pax", "log", "logon", "logo", "logg", "लोग", "लोगों", "jan", "janon", "members", "adults", "of", "seats"];
    private static readonly HashSet<string> PartyBefore = ["for", "of", "party", "table"];
    private static readonly HashSet<string> PmWords = ["pm", "p", "evening", "night", "tonight", "sham", "shaam", "raat", "dopahar", "afternoon", "शाम", "रात", "दोपहर"];
    private static readonly HashSet<string> AmWords = ["am", "a", "morning", "subah", "सुबह"];
    private static readonly HashSet<string> TimeAfter = ["baje", "bajey", "बजे", "oclock", "o", "pm", "am", "hrs", "hours"];
    private static readonly HashSet<string> TimeBefore = ["at", "around", "by", "till", "until", "about"];
    private static readonly HashSet<string> Corrections = ["actually", "sorry", "no", "nahi", "nahin", "नहीं", "mean", "make", "rather", "instead", "change", "correction", "wait", "not", "balki"];

    public static SlotMentions Extract(string text, DateOnly today, SlotKind expected = SlotKind.None)
    {
        var tokens = TextTokens.Split(text);
        int? party = null;
        TimeMention? time = null;
        DateOnly? date = FindDate(tokens, today);
        var lastKind = SlotKind.None;
        var afterCorrection = false;
        var dayPartPm = tokens.Any(PmWords.Contains) ? true : tokens.Any(t => AmWords.Contains(t) && t is not "a") ? false : (bool?)null;

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (Corrections.Contains(token))
            {
                afterCorrection = true;
                continue;
            }
            var kind = SlotKind.None;
            TimeMention? t = null;
            int n = 0;
            if (TryClock(token, out var h, out var m))
            {
                kind = SlotKind.Time;
                t = new TimeMention(h, m, Meridiem(tokens, i) ?? dayPartPm);
            }
            else if (TryFraction(tokens, i, out var ft, out var consumed))
            {
                kind = SlotKind.Time;
                t = ft with { Pm = Meridiem(tokens, i + consumed - 1) ?? dayPartPm };
                i += consumed - 1;
            }
            else if (NumberWords.TryParse(token, out n))
            {
                var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
                var prev = i > 0 ? tokens[i - 1] : "";
                if (DateWords.Months.ContainsKey(next) || DateWords.Months.ContainsKey(prev)) continue; // a date, handled above
                if (n <= 12 && i + 1 < tokens.Length && NumberWords.TryParse(next, out var mm) && mm is 15 or 30 or 45 && (Meridiem(tokens, i + 1) is not null || TimeBefore.Contains(prev)))
                {
                    kind = SlotKind.Time;
                    t = new TimeMention(n, mm, Meridiem(tokens, i + 1) ?? dayPartPm);
                    i++;
                }
                else if (TimeAfter.Contains(next) || (TimeBefore.Contains(prev) && n <= 23)) kind = SlotKind.Time;
                else if (PartyAfter.Contains(next) || PartyBefore.Contains(prev)) kind = SlotKind.PartySize;
                else if (afterCorrection && lastKind != SlotKind.None) kind = lastKind;
                else if (next is "nahi" or "nahin" or "not" or "नहीं" or "no") kind = SlotKind.None; // "8 nahi, 8:30": the value being replaced
                else if (expected is SlotKind.PartySize or SlotKind.Time && token is not ("do" or "che" or "ek")) kind = expected;
                if (kind == SlotKind.Time && t is null && n <= 23) t = new TimeMention(n, 0, Meridiem(tokens, i) ?? dayPartPm);
            }
            afterCorrection = false;
            switch (kind)
            {
                case SlotKind.PartySize when n is > 0 and < 1000:
                    party = n;
                    lastKind = kind;
                    break;
                case SlotKind.Time when t is not null:
                    time = t;
                    lastKind = kind;
                    break;
            }
        }
        return new SlotMentions(party, time, date);
    }

    private static bool? Meridiem(string[] tokens, int i)
    {
        var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
        var after = i + 2 < tokens.Length ? tokens[i + 2] : "";
        if (next is "pm" || (next is "p" && after is "m")) return true;
        if (next is "am" || (next is "a" && after is "m")) return false;
        var token = tokens[i];
        if (token.EndsWith("pm", StringComparison.Ordinal)) return true;
        if (token.EndsWith("am", StringComparison.Ordinal)) return false;
        return null;
    }

    /// <summary>"8:30", "8.30", "20:00", "8pm", "830pm".</summary>
    private static bool TryClock(string token, out int hour, out int minute)
    {
        hour = minute = 0;
        var core = token.EndsWith("pm", StringComparison.Ordinal) || token.EndsWith("am", StringComparison.Ordinal) ? token[..^2] : token;
        var parts = core.Split(':', '.');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out hour) && parts[1].Length == 2
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out minute))
            return hour is >= 0 and <= 23 && minute is >= 0 and <= 59;
        if (core.Length != token.Length && NumberWords.TryParse(core, out hour)) return hour is >= 1 and <= 12;
        return false;
    }

    /// <summary>Hindi clock fractions: "saadhe aath" 8:30, "sawa aath" 8:15, "paune aath" 7:45; English "half past eight", "quarter to nine".</summary>
    private static bool TryFraction(string[] tokens, int i, out TimeMention time, out int consumed)
    {
        time = default;
        consumed = 2;
        if (i + 1 >= tokens.Length) return false;
        var (word, next) = (tokens[i], tokens[i + 1]);
        if (word is "half" or "quarter" && next is "past" or "to" && i + 2 < tokens.Length && NumberWords.TryParse(tokens[i + 2], out var eh))
        {
            time = word == "half" ? new TimeMention(eh, 30, null) : next == "past" ? new TimeMention(eh, 15, null) : new TimeMention(eh == 1 ? 12 : eh - 1, 45, null);
            consumed = 3;
            return true;
        }
        if (!NumberWords.TryParse(next, out var h) || h is < 1 or > 12) return false;
        switch (word)
        {
            case "saadhe" or "sadhe" or "saade" or "साढ़े" or "साढे":
                time = new TimeMention(h, 30, null);
                return true;
            case "sawa" or "sava" or "सवा":
                time = new TimeMention(h, 15, null);
                return true;
            case "paune" or "pone" or "पौने":
                time = new TimeMention(h == 1 ? 12 : h - 1, 45, null);
                return true;
            default:
                return false;
        }
    }

    private static DateOnly? FindDate(string[] tokens, DateOnly today)
    {
        DateOnly? found = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var prev = i > 0 ? tokens[i - 1] : "";
            var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
            if (t is "day" && next is "after" && i + 2 < tokens.Length && tokens[i + 2] is "tomorrow")
            {
                found = today.AddDays(2);
                i += 2;
            }
            else if (DateWords.RelativeDays.TryGetValue(t, out var offset)) found = today.AddDays(offset);
            else if (DateWords.Weekdays.TryGetValue(t, out var day)) found = DateWords.Next(today, day, strictlyAfter: prev is "next" or "agle" or "agla");
            else if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) found = iso;
            else if (Ordinal(t) is { } dom)
                found = DateWords.DayOfMonth(today, dom, MonthNear(tokens, i)) ?? found;
            else if (NumberWords.TryParse(t, out var n) && (DateWords.Months.ContainsKey(next) || DateWords.Months.ContainsKey(prev)))
                found = DateWords.DayOfMonth(today, n, MonthNear(tokens, i)) ?? found;
        }
        return found;
    }

    private static int? MonthNear(string[] tokens, int i)
    {
        foreach (var j in new[] { i + 1, i + 2, i - 1 })
            if (j >= 0 && j < tokens.Length && DateWords.Months.TryGetValue(tokens[j], out var month)) return month;
        return null;
    }

    private static int? Ordinal(string token)
    {
        if (token.Length < 3) return null;
        var suffix = token[^2..];
        return suffix is "st" or "nd" or "rd" or "th" && int.TryParse(token[..^2], CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
