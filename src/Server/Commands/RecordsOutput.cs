using System.Globalization;
using System.Text.Json;
using MediaCore.Pipeline.Records;

namespace MediaCore.Server.Commands;

/// <summary>
/// How `mediacore records` prints calls: a table for people, JSON for scripts. Callers appear as a short hash
/// prefix; no phone number is ever stored, so none can be printed.
/// </summary>
internal static class RecordsOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteList(IReadOnlyList<CallRecord> calls, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(calls.Select(Summary), JsonOptions));
            return;
        }
        Console.WriteLine($"{"CALL ID",-36} {"TENANT",-16} {"STARTED (UTC)",-19} {"DURATION",9} {"OUTCOME",-15} {"LANG",-6} CALLER");
        foreach (var c in calls)
        {
            Console.WriteLine($"{Clip(c.CallId, 36),-36} {Clip(c.Tenant.Value, 16),-16} {c.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),-19} " +
                $"{Duration(c),9} {Outcome(c),-15} {c.Language ?? "-",-6} {ShortHash(c)}");
        }
        Console.WriteLine($"{calls.Count} call(s)");
    }

    public static void WriteCall(CallRecord c, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(Detail(c), JsonOptions));
            return;
        }
        Console.WriteLine($"call {c.CallId} (tenant {c.Tenant}) to {c.Did} from {ShortHash(c)}");
        Console.WriteLine($"started {c.StartedAt:u}, answered {c.AnsweredAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}, " +
            $"ended {c.EndedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"} ({Duration(c)}), outcome {Outcome(c)}, language {c.Language ?? "-"}");
        Console.WriteLine($"consent {c.Consent.ToString().ToLowerInvariant()}{(c.TranscriptSuppressed ? ", transcript suppressed (caller opted out)" : "")}");
        if (c.Summary is not null) Console.WriteLine($"summary: {c.Summary}");
        foreach (var t in c.Turns)
        {
            var latency = t.LatencyMs is { } ms ? $" [{ms} ms]" : "";
            Console.WriteLine($"  #{t.Index} {t.StartedAt:HH:mm:ss.fff} {t.Speaker.ToString().ToLowerInvariant(),-6}{latency} {t.Text ?? "(not recorded)"}");
        }
        foreach (var e in c.Entities)
            Console.WriteLine($"  {e.Kind} {e.CreatedAt:u}: {e.Json}{(e.ContactNumber is null ? "" : " (+ sealed contact number)")}");
    }

    private static object Summary(CallRecord c) => new
    {
        callId = c.CallId,
        tenant = c.Tenant.Value,
        did = c.Did,
        caller = c.Caller?.Value,
        startedAt = c.StartedAt,
        answeredAt = c.AnsweredAt,
        endedAt = c.EndedAt,
        durationSeconds = c.Duration?.TotalSeconds,
        outcome = c.Outcome is { } o ? CallOutcomeText.ToText(o) : null,
        language = c.Language,
        consent = c.Consent.ToString().ToLowerInvariant(),
        transcriptSuppressed = c.TranscriptSuppressed,
    };

    private static object Detail(CallRecord c) => new
    {
        call = Summary(c),
        callerName = c.CallerName,
        summary = c.Summary,
        turns = c.Turns.Select(t => new
        {
            index = t.Index, speaker = t.Speaker.ToString().ToLowerInvariant(), text = t.Text,
            startedAt = t.StartedAt, endedAt = t.EndedAt, latencyMs = t.LatencyMs,
        }),
        entities = c.Entities.Select(e => new
        {
            id = e.EntityId, kind = e.Kind, document = JsonDocument.Parse(e.Json).RootElement, createdAt = e.CreatedAt,
            hasContactNumber = e.ContactNumber is not null,
        }),
    };

    private static string Duration(CallRecord c) => c.Duration is { } d ? $"{(int)d.TotalMinutes}:{d.Seconds:00}" : "live";
    private static string Outcome(CallRecord c) => c.Outcome is { } o ? CallOutcomeText.ToText(o) : "in-progress";
    private static string ShortHash(CallRecord c) => c.Caller is { } h ? h.Value[..12] : "withheld";
    private static string Clip(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
