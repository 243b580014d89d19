using System.Globalization;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>
/// Answers an owner's spoken questions about their calendar ("what's on my schedule tomorrow", "any emergencies this
/// afternoon", "first appointment Monday") in short sentences a TTS voice can read.
/// </summary>
public sealed class OwnerAgenda(TenantConfig tenant, AppointmentBook book)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static bool IsAgendaQuestion(string text)
    {
        var t = " " + TextTokens.Normalize(text) + " ";
        return new[] { " schedule ", " my day ", " diary ", " agenda ", " calendar ", " first appointment ", " first job ", " next job ", " next appointment ",
            " any emergencies ", " emergencies ", " how many jobs ", " what jobs ", " booked in " }.Any(k => t.Contains(k, StringComparison.Ordinal));
    }

    public string Answer(string question, DateTimeOffset now)
    {
        var t = " " + TextTokens.Normalize(question) + " ";
        var local = tenant.LocalTime(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var day = DayMentioned(t, today) ?? today;
        var (from, to, part) = Window(t, day);
        var jobs = book.Between(from, to);
        var emergenciesOnly = t.Contains(" emergenc", StringComparison.Ordinal);
        if (emergenciesOnly) jobs = jobs.Where(a => a.Emergency).ToArray();
        var when = DayWords(day, today, part);

        if (t.Contains(" first ", StringComparison.Ordinal) || t.Contains(" next ", StringComparison.Ordinal))
        {
            var first = t.Contains(" next ", StringComparison.Ordinal) ? jobs.FirstOrDefault(a => a.Start >= now) : jobs.FirstOrDefault();
            return first is null ? $"You have nothing booked {when}." : $"Your first job {when} is at {Clock(first.Start)}: {Describe(first)}.";
        }
        if (emergenciesOnly)
            return jobs.Count == 0 ? $"No emergencies {when}."
                : $"{Count(jobs.Count, "emergency", "emergencies")} {when}. " + string.Join(" ", jobs.Select(a => $"At {Clock(a.Start)}, {Describe(a)}."));
        if (jobs.Count == 0) return $"You have nothing booked {when}.";
        var urgent = jobs.Count(a => a.Emergency);
        var summary = $"You have {Count(jobs.Count, "job", "jobs")} {when}" + (urgent > 0 ? $", {urgent} of them urgent." : ".");
        return summary + " " + string.Join(" ", jobs.Select(a => $"At {Clock(a.Start)}, {Describe(a)}."));
    }

    private (DateTimeOffset From, DateTimeOffset To, string Part) Window(string t, DateOnly day)
    {
        if (t.Contains(" morning ", StringComparison.Ordinal)) return (tenant.At(day, new TimeOnly(0, 0)), tenant.At(day, new TimeOnly(12, 0)), " morning");
        if (t.Contains(" afternoon ", StringComparison.Ordinal)) return (tenant.At(day, new TimeOnly(12, 0)), tenant.At(day, new TimeOnly(17, 0)), " afternoon");
        if (t.Contains(" evening ", StringComparison.Ordinal)) return (tenant.At(day, new TimeOnly(17, 0)), tenant.At(day.AddDays(1), new TimeOnly(0, 0)), " evening");
        return (tenant.At(day, new TimeOnly(0, 0)), tenant.At(day.AddDays(1), new TimeOnly(0, 0)), "");
    }

    private static DateOnly? DayMentioned(string t, DateOnly today)
    {
        if (t.Contains(" tomorrow ", StringComparison.Ordinal)) return today.AddDays(1);
        if (t.Contains(" today ", StringComparison.Ordinal) || t.Contains(" this ", StringComparison.Ordinal) || t.Contains(" tonight ", StringComparison.Ordinal)) return today;
        foreach (var day in Enum.GetValues<DayOfWeek>())
            if (t.Contains(" " + day.ToString().ToLowerInvariant() + " ", StringComparison.Ordinal))
                return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        return null;
    }

    private static string DayWords(DateOnly day, DateOnly today, string part) =>
        day == today ? (part.Length == 0 ? "today" : "this" + part)
        : (day == today.AddDays(1) ? "tomorrow" : "on " + day.DayOfWeek) + part;

    private string Clock(DateTimeOffset at)
    {
        var local = tenant.LocalTime(at);
        return local.Minute == 0 ? local.ToString("h tt", English) : local.ToString("h:mm tt", English);
    }

    private string Describe(Appointment a)
    {
        var service = tenant.FindService(a.ServiceId)?.Name.ToLowerInvariant() ?? a.ServiceId;
        var what = a.Problem is { Length: > 0 } p ? p.TrimEnd('.') : service;
        var where = a.Address is { Length: > 0 } ad ? $" at {ad}" : "";
        return $"{(a.Emergency ? "emergency, " : "")}{what}{where} for {a.CustomerName}";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"one {one}" : $"{n} {many}";
}
