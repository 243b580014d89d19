using System.Buffers.Text;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Control;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Grpc.Records;

/// <summary>
/// mediacore.v1.CallRecords over an <see cref="ICallRecordStore"/>. Every request names its tenant and the store
/// filters by it, so one tenant's query never returns another's rows. Bad input → INVALID_ARGUMENT; a phone number
/// in a request is hashed with the deployment pepper and answered only masked (never echoed in an error either).
/// </summary>
public sealed class CallRecordsService(ICallRecordStore store, PrivacyKeys keys, string defaultCountryCode = "91")
{
    public const int DefaultPageSize = 50;
    public const int MaxBuckets = 400;

    public void Bind(GrpcServiceRegistry registry) =>
        registry.AddService(RecordsApi.CallRecords)
            .Unary<ListCallRecordsRequest, ListCallRecordsResponse>("ListCallRecords", (r, c) => ListAsync(r, c.CancellationToken))
            .Unary<GetCallRecordRequest, Protos.V1.CallRecord>("GetCallRecord", (r, c) => GetAsync(r, c.CancellationToken))
            .Unary<DeleteCallerDataRequest, DeleteCallerDataResponse>("DeleteCallerData", (r, c) => DeleteCallerAsync(r, c.CancellationToken))
            .Unary<AnalyticsRequest, AnalyticsResponse>("Analytics", (r, c) => AnalyticsAsync(r, c.CancellationToken));

    private async Task<ListCallRecordsResponse> ListAsync(ListCallRecordsRequest request, CancellationToken ct)
    {
        var tenant = RequireTenant(request.TenantId);
        if (request.PageSize < 0)
            throw Invalid("page_size must not be negative");
        if (!RecordProtoMapper.TryFromProto(request.Outcome, out var outcome))
            throw Invalid($"outcome {(int)request.Outcome} is not known");
        var query = new CallQuery
        {
            From = OptionalTime(request.From, "from"),
            To = OptionalTime(request.To, "to"),
            Outcome = outcome,
            Limit = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, CallQuery.MaxLimit),
            Cursor = DecodePageToken(request.PageToken),
        };
        if (query.From >= query.To)
            throw Invalid("from must be before to");
        CallPage page;
        try
        {
            page = await store.ListCallsAsync(tenant, query, ct).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            throw Invalid("page_token is not from a previous page");
        }
        var response = new ListCallRecordsResponse { NextPageToken = page.NextCursor is { } next ? EncodePageToken(next) : "" };
        response.Records.AddRange(page.Calls.Select(RecordProtoMapper.ToProto));
        return response;
    }

    private async Task<Protos.V1.CallRecord> GetAsync(GetCallRecordRequest request, CancellationToken ct)
    {
        var tenant = RequireTenant(request.TenantId);
        if (string.IsNullOrWhiteSpace(request.CallId))
            throw Invalid("call_id is required");
        var record = await store.GetCallAsync(tenant, request.CallId, ct).ConfigureAwait(false);
        return record is null
            ? throw new GrpcStatusException(GrpcStatusCode.NotFound, $"call '{request.CallId}' not found for tenant '{tenant}'")
            : RecordProtoMapper.ToProto(record);
    }

    private async Task<DeleteCallerDataResponse> DeleteCallerAsync(DeleteCallerDataRequest request, CancellationToken ct)
    {
        var tenant = RequireTenant(request.TenantId);
        var country = request.DefaultCountryCode.Length == 0 ? defaultCountryCode : request.DefaultCountryCode;
        if (country.Length is < 1 or > 3 || !country.All(char.IsAsciiDigit))
            throw Invalid("default_country_code is 1-3 digits");
        var hasher = new CallerHasher(keys, new PhoneNumberNormalizer(country));
        if (!hasher.TryHash(request.PhoneNumber, out var caller))
            throw Invalid("phone_number is not a phone number"); // never echo what was sent: it may be a real number
        var report = await store.DeleteCallerDataAsync(tenant, caller, ct).ConfigureAwait(false);
        return new DeleteCallerDataResponse
        {
            Calls = report.Calls,
            Turns = report.Turns,
            Entities = report.Entities,
            CallerMasked = PhoneNumberMask.Mask(hasher.Normalizer.Normalize(request.PhoneNumber), country),
        };
    }

    private async Task<AnalyticsResponse> AnalyticsAsync(AnalyticsRequest request, CancellationToken ct)
    {
        var tenant = RequireTenant(request.TenantId);
        var from = OptionalTime(request.From, "from") ?? throw Invalid("from is required");
        var to = OptionalTime(request.To, "to") ?? throw Invalid("to is required");
        if (from >= to)
            throw Invalid("from must be before to");
        var step = request.Bucket switch
        {
            AnalyticsBucket.None => (TimeSpan?)null,
            AnalyticsBucket.Hour => TimeSpan.FromHours(1),
            AnalyticsBucket.Day => TimeSpan.FromDays(1),
            AnalyticsBucket.Week => TimeSpan.FromDays(7),
            _ => throw Invalid($"bucket {(int)request.Bucket} is not known"),
        };
        if (step is { } s && (to - from) / s > MaxBuckets)
            throw Invalid($"at most {MaxBuckets} buckets per request");
        var response = new AnalyticsResponse
        {
            TenantId = tenant.Value,
            Total = RecordProtoMapper.ToProto(await store.GetAnalyticsAsync(tenant, from, to, ct).ConfigureAwait(false)),
        };
        for (var start = from; step is { } size && start < to; start += size)
        {
            var end = start + size < to ? start + size : to;
            response.Periods.Add(RecordProtoMapper.ToProto(await store.GetAnalyticsAsync(tenant, start, end, ct).ConfigureAwait(false)));
        }
        return response;
    }

    private static TenantId RequireTenant(string id) =>
        TenantValidator.IdError(id) is { } error ? throw Invalid(error) : new TenantId(id);

    private static DateTimeOffset? OptionalTime(Timestamp? time, string field)
    {
        if (time is null)
            return null;
        try
        {
            return time.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            throw Invalid($"{field} is not a valid timestamp");
        }
    }

    // The store's cursor is "<ms>:<call id>"; clients get it opaque (base64url) so they do not build their own.
    private static string EncodePageToken(string cursor) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(cursor));

    private static string? DecodePageToken(string token)
    {
        if (token.Length == 0)
            return null;
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw Invalid("page_token is not from a previous page");
        }
    }

    private static GrpcStatusException Invalid(string message) => new(GrpcStatusCode.InvalidArgument, message);
}
