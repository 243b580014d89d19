using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;

namespace MediaCore.Sip.Parsing;

/// <summary>
/// RFC 3261 §8.1.1: every request carries To, From, CSeq, Call-ID, Max-Forwards and Via; responses carry the same
/// minus Max-Forwards (§8.2.6.2 copies them from the request). A transaction layer cannot match or answer a message
/// without them, so they are validated here, once, and typed accessors can trust them afterwards.
/// </summary>
internal static class MandatoryHeaderValidator
{
    public static bool TryValidate(SipMessage message, out SipParseError error)
    {
        var headers = message.Headers;
        if (!headers.Contains(SipHeaderNames.Via) || !headers.Contains(SipHeaderNames.From) || !headers.Contains(SipHeaderNames.To)
            || !headers.Contains(SipHeaderNames.CallId) || !headers.Contains(SipHeaderNames.CSeq)
            || (message is SipRequest && !headers.Contains(SipHeaderNames.MaxForwards)))
        {
            error = SipParseError.MissingMandatoryHeader;
            return false;
        }
        error = ValidateVias(headers);
        if (error != SipParseError.None) return false;
        error = ValidateSingles(message);
        return error == SipParseError.None;
    }

    private static SipParseError ValidateVias(SipHeaderCollection headers)
    {
        if (!headers.TryGetValues(SipHeaderNames.Via, out var vias) || vias.Count == 0) return SipParseError.BadVia;
        foreach (string via in vias)
            if (!SipVia.TryParse(via, out _)) return SipParseError.BadVia;
        return SipParseError.None;
    }

    private static SipParseError ValidateSingles(SipMessage message)
    {
        var headers = message.Headers;
        if (!IsSingle(headers, SipHeaderNames.From) || !SipAddressHeader.TryParse(headers.GetFirst(SipHeaderNames.From), out _))
            return SipParseError.BadFrom;
        if (!IsSingle(headers, SipHeaderNames.To) || !SipAddressHeader.TryParse(headers.GetFirst(SipHeaderNames.To), out _))
            return SipParseError.BadTo;
        if (!IsSingle(headers, SipHeaderNames.CallId) || !IsValidCallId(headers.GetFirst(SipHeaderNames.CallId)))
            return SipParseError.BadCallId;
        if (!IsSingle(headers, SipHeaderNames.CSeq) || !SipCSeq.TryParse(headers.GetFirst(SipHeaderNames.CSeq), out var cseq))
            return SipParseError.BadCSeq;
        if (message is SipRequest request)
        {
            if (!string.Equals(cseq.Method, request.Method, StringComparison.Ordinal)) return SipParseError.CSeqMethodMismatch;
            if (!IsSingle(headers, SipHeaderNames.MaxForwards)
                || !SipGrammar.TryParseDigits(headers.GetFirst(SipHeaderNames.MaxForwards), 3, out int mf) || mf > 255)
                return SipParseError.BadMaxForwards;
        }
        return SipParseError.None;
    }

    private static bool IsSingle(SipHeaderCollection headers, string name) => headers.GetAll(name).Count == 1;

    /// <summary>callid = word [ "@" word ] (RFC 3261 §25.1).</summary>
    private static bool IsValidCallId(ReadOnlySpan<char> callId)
    {
        if (callId.IsEmpty) return false;
        int at = callId.IndexOf('@');
        if (at == 0 || at == callId.Length - 1) return false;
        for (int i = 0; i < callId.Length; i++)
        {
            if (i == at) continue;
            if (!SipGrammar.IsWordChar(callId[i])) return false;
        }
        return true;
    }
}
