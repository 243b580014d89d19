using MediaCore.Sip.Messages.Headers;

namespace MediaCore.Sip.Messages;

/// <summary>
/// Builds a response to a request per RFC 3261 §8.2.6.2: Via (all, in order), From, Call-ID and CSeq are copied;
/// To is copied and gets a tag unless it already has one — except 100 Trying, which never adds a To tag (§8.2.6.1).
/// Timestamp is echoed for 100 Trying (§8.2.6.1). Record-Route is copied for dialog-creating responses (§12.1.1).
/// </summary>
public static class SipResponseFactory
{
    public static SipResponse CreateResponse(SipRequest request, int statusCode, string? reasonPhrase = null, string? toTag = null)
    {
        var response = new SipResponse(statusCode, reasonPhrase);
        foreach (var field in request.Headers.Fields)
            if (field.Is(SipHeaderNames.Via)) response.Headers.Add(field);
        CopyFirst(request, response, SipHeaderNames.From);
        CopyTo(request, response, statusCode, toTag);
        CopyFirst(request, response, SipHeaderNames.CallId);
        CopyFirst(request, response, SipHeaderNames.CSeq);
        if (statusCode == SipStatusCodes.Trying) CopyFirst(request, response, SipHeaderNames.Timestamp);
        if (statusCode is > 100 and < 300 && request.Method is SipMethods.Invite or SipMethods.Subscribe)
            foreach (var field in request.Headers.Fields)
                if (field.Is(SipHeaderNames.RecordRoute)) response.Headers.Add(field);
        return response;
    }

    /// <summary>A random To tag (RFC 3261 §19.3: at least 32 bits of randomness).</summary>
    public static string NewTag() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    /// <summary>A new RFC 3261 branch: the magic cookie plus 64 random bits (§8.1.1.7).</summary>
    public static string NewBranch() => SipVia.MagicCookie + NewTag();

    private static void CopyTo(SipRequest request, SipResponse response, int statusCode, string? toTag)
    {
        string? rawTo = request.Headers.GetFirst(SipHeaderNames.To);
        if (rawTo is null) return;
        var to = request.To;
        if (statusCode == SipStatusCodes.Trying || to is null || to.Tag is not null)
        {
            response.Headers.Add(SipHeaderNames.To, rawTo);
            return;
        }
        to.Tag = toTag ?? NewTag();
        response.Headers.Add(SipHeaderNames.To, to.ToString());
    }

    private static void CopyFirst(SipRequest request, SipResponse response, string name)
    {
        string? value = request.Headers.GetFirst(name);
        if (value is not null) response.Headers.Add(name, value);
    }
}
