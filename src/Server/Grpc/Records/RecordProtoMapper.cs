using Google.Protobuf.WellKnownTypes;
using MediaCore.Pipeline.Records;
using Proto = MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Grpc.Records;

/// <summary>
/// Store records → records.proto messages. Nothing here can carry a phone number: callers are hashes, and a sealed
/// confirmation number is reported only as present.
/// </summary>
internal static class RecordProtoMapper
{
    public static Proto.CallRecord ToProto(CallRecord record)
    {
        var proto = new Proto.CallRecord
        {
            CallId = record.CallId,
            TenantId = record.Tenant.Value,
            Did = record.Did,
            CallerHash = record.Caller?.Value ?? "",
            StartTime = Timestamp.FromDateTimeOffset(record.StartedAt),
            AnswerTime = record.AnsweredAt is { } answered ? Timestamp.FromDateTimeOffset(answered) : null,
            EndTime = record.EndedAt is { } ended ? Timestamp.FromDateTimeOffset(ended) : null,
            Duration = record.Duration is { } duration ? Duration.FromTimeSpan(duration) : null,
            Outcome = record.Outcome is { } outcome ? ToProto(outcome) : Proto.CallOutcome.Unspecified,
            Language = record.Language ?? "",
            Consent = ToProto(record.Consent),
            TranscriptSuppressed = record.TranscriptSuppressed,
            CallerName = record.CallerName ?? "",
            Summary = record.Summary ?? "",
        };
        proto.Turns.AddRange(record.Turns.Select(ToProto));
        proto.Entities.AddRange(record.Entities.Select(ToProto));
        return proto;
    }

    public static Proto.PeriodAnalytics ToProto(CallAnalytics analytics)
    {
        var proto = new Proto.PeriodAnalytics
        {
            From = Timestamp.FromDateTimeOffset(analytics.From),
            To = Timestamp.FromDateTimeOffset(analytics.To),
            Calls = analytics.Calls,
            AverageDuration = analytics.AverageDuration is { } average ? Duration.FromTimeSpan(average) : null,
        };
        proto.Outcomes.AddRange(analytics.Outcomes.OrderBy(o => o.Key)
            .Select(o => new Proto.OutcomeCount { Outcome = ToProto(o.Key), Calls = o.Value }));
        foreach (var (kind, count) in analytics.Extractions) proto.Extractions[kind] = count;
        if (analytics.LatencyP50Ms is { } p50) proto.LatencyP50Ms = p50;
        if (analytics.LatencyP90Ms is { } p90) proto.LatencyP90Ms = p90;
        if (analytics.LatencyP99Ms is { } p99) proto.LatencyP99Ms = p99;
        return proto;
    }

    public static Proto.CallOutcome ToProto(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Resolved => Proto.CallOutcome.Resolved,
        CallOutcome.Fallback => Proto.CallOutcome.Fallback,
        CallOutcome.Dropped => Proto.CallOutcome.Dropped,
        CallOutcome.Error => Proto.CallOutcome.Error,
        CallOutcome.PrivacyOptOut => Proto.CallOutcome.PrivacyOptOut,
        _ => Proto.CallOutcome.Unspecified,
    };

    /// <summary>False for values this server does not know (a newer client's enum).</summary>
    public static bool TryFromProto(Proto.CallOutcome outcome, out CallOutcome? value)
    {
        value = outcome switch
        {
            Proto.CallOutcome.Unspecified => null,
            Proto.CallOutcome.Resolved => CallOutcome.Resolved,
            Proto.CallOutcome.Fallback => CallOutcome.Fallback,
            Proto.CallOutcome.Dropped => CallOutcome.Dropped,
            Proto.CallOutcome.Error => CallOutcome.Error,
            Proto.CallOutcome.PrivacyOptOut => CallOutcome.PrivacyOptOut,
            _ => (CallOutcome)(-1),
        };
        return value is null || System.Enum.IsDefined(value.Value);
    }

    private static Proto.ConsentType ToProto(ConsentType consent) => consent switch
    {
        ConsentType.Announced => Proto.ConsentType.Announced,
        ConsentType.Explicit => Proto.ConsentType.Explicit,
        ConsentType.Declined => Proto.ConsentType.Declined,
        _ => Proto.ConsentType.Unknown,
    };

    private static Proto.RecordedTurn ToProto(CallTurn turn)
    {
        var proto = new Proto.RecordedTurn
        {
            Index = turn.Index,
            Speaker = turn.Speaker == Speaker.Caller ? Proto.Speaker.Caller : Proto.Speaker.Bot,
            Text = turn.Text ?? "",
            StartTime = Timestamp.FromDateTimeOffset(turn.StartedAt),
            EndTime = Timestamp.FromDateTimeOffset(turn.EndedAt),
        };
        if (turn.LatencyMs is { } latency) proto.LatencyMs = latency;
        return proto;
    }

    private static Proto.RecordedEntity ToProto(CallEntity entity) => new()
    {
        EntityId = entity.EntityId,
        Kind = entity.Kind,
        Json = entity.Json,
        CreatedAt = Timestamp.FromDateTimeOffset(entity.CreatedAt),
        HasContactNumber = entity.ContactNumber is not null,
    };
}
