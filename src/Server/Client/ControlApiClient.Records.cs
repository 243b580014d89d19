using Google.Protobuf.WellKnownTypes;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Client;

// mediacore.v1.CallRecords (records.proto): call records, right to deletion and analytics.
public sealed partial class ControlApiClient
{
    private const string CallRecords = "/mediacore.v1.CallRecords/";

    public Task<ListCallRecordsResponse> ListCallRecordsAsync(ListCallRecordsRequest request, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallRecords + "ListCallRecords", request, ListCallRecordsResponse.Parser, options);

    /// <summary>Every page of <paramref name="request"/>'s calls, following next_page_token.</summary>
    public async IAsyncEnumerable<CallRecord> ListAllCallRecordsAsync(ListCallRecordsRequest request, ControlCallOptions options = default)
    {
        var page = request.Clone();
        do
        {
            var response = await ListCallRecordsAsync(page, options).ConfigureAwait(false);
            foreach (var record in response.Records)
                yield return record;
            page.PageToken = response.NextPageToken;
        }
        while (page.PageToken.Length > 0);
    }

    public Task<CallRecord> GetCallRecordAsync(string tenantId, string callId, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallRecords + "GetCallRecord", new GetCallRecordRequest { TenantId = tenantId, CallId = callId },
            CallRecord.Parser, options);

    /// <summary>Right to deletion. The number is sent to the server (over TLS in production) and answered masked.</summary>
    public Task<DeleteCallerDataResponse> DeleteCallerDataAsync(string tenantId, string phoneNumber, string defaultCountryCode = "",
        ControlCallOptions options = default) =>
        channel.UnaryAsync(CallRecords + "DeleteCallerData",
            new DeleteCallerDataRequest { TenantId = tenantId, PhoneNumber = phoneNumber, DefaultCountryCode = defaultCountryCode },
            DeleteCallerDataResponse.Parser, options);

    public Task<AnalyticsResponse> GetAnalyticsAsync(string tenantId, DateTimeOffset from, DateTimeOffset to,
        AnalyticsBucket bucket = AnalyticsBucket.None, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallRecords + "Analytics", new AnalyticsRequest
        {
            TenantId = tenantId, From = Timestamp.FromDateTimeOffset(from), To = Timestamp.FromDateTimeOffset(to), Bucket = bucket,
        }, AnalyticsResponse.Parser, options);
}
