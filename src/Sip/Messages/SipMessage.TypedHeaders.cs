using System.Globalization;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages;

/// <summary>
/// Typed views over <see cref="Headers"/>. The header lines stay the source of truth: getters parse on each call and
/// return fresh objects (mutating one does not change the message — assign it back through the setter).
/// Getters return null / empty when the header is absent or unparsable; the parser has already rejected messages
/// whose mandatory headers (Via, From, To, Call-ID, CSeq, Max-Forwards) are malformed.
/// </summary>
public abstract partial class SipMessage
{
    public IReadOnlyList<SipVia> Vias => ParseList<SipVia>(SipHeaderNames.Via, SipVia.TryParse);

    public SipVia? TopVia => Vias is { Count: > 0 } v ? v[0] : null;

    /// <summary>Pushes a Via on top (a client or proxy sending a request, RFC 3261 §8.1.1.7, §16.6).</summary>
    public void PushVia(SipVia via) => Headers.AddFirst(SipHeaderNames.Via, via.ToString());

    /// <summary>Replaces the top Via (e.g. after the transport adds received/rport, RFC 3261 §18.2.1).</summary>
    public void ReplaceTopVia(SipVia via)
    {
        Headers.RemoveFirstValue(SipHeaderNames.Via);
        PushVia(via);
    }

    /// <summary>Removes the top Via (a response travelling back one hop, RFC 3261 §18.1.2).</summary>
    public bool PopVia() => Headers.RemoveFirstValue(SipHeaderNames.Via);

    public SipAddressHeader? From
    {
        get => ParseSingle<SipAddressHeader>(SipHeaderNames.From, SipAddressHeader.TryParse);
        set => SetOrRemove(SipHeaderNames.From, value?.ToString());
    }

    public SipAddressHeader? To
    {
        get => ParseSingle<SipAddressHeader>(SipHeaderNames.To, SipAddressHeader.TryParse);
        set => SetOrRemove(SipHeaderNames.To, value?.ToString());
    }

    public string? CallId
    {
        get => Headers.GetFirst(SipHeaderNames.CallId);
        set => SetOrRemove(SipHeaderNames.CallId, value);
    }

    public SipCSeq? CSeq
    {
        get => SipCSeq.TryParse(Headers.GetFirst(SipHeaderNames.CSeq), out var c) ? c : null;
        set => SetOrRemove(SipHeaderNames.CSeq, value?.ToString());
    }

    public IReadOnlyList<SipContact> Contacts => ParseList<SipContact>(SipHeaderNames.Contact, SipContact.TryParse);

    public void SetContacts(IEnumerable<SipContact> contacts) =>
        Headers.SetAll(SipHeaderNames.Contact, contacts.Select(c => c.ToString()));

    public int? MaxForwards
    {
        get => GetInt(SipHeaderNames.MaxForwards, 3);
        set => SetOrRemove(SipHeaderNames.MaxForwards, value?.ToString(CultureInfo.InvariantCulture));
    }

    public SipParameterizedValue? ContentType
    {
        get => ParseSingle<SipParameterizedValue>(SipHeaderNames.ContentType, SipParameterizedValue.TryParse);
        set => SetOrRemove(SipHeaderNames.ContentType, value?.ToString());
    }

    /// <summary>The Content-Length as received (serialisation always writes the real body length).</summary>
    public int? ContentLength => GetInt(SipHeaderNames.ContentLength, 10);

    public IReadOnlyList<SipAddressHeader> Routes => ParseList<SipAddressHeader>(SipHeaderNames.Route, SipAddressHeader.TryParse);

    public void SetRoutes(IEnumerable<SipAddressHeader> routes) =>
        Headers.SetAll(SipHeaderNames.Route, routes.Select(r => r.ToString()));

    public IReadOnlyList<SipAddressHeader> RecordRoutes =>
        ParseList<SipAddressHeader>(SipHeaderNames.RecordRoute, SipAddressHeader.TryParse);

    public void SetRecordRoutes(IEnumerable<SipAddressHeader> routes) =>
        Headers.SetAll(SipHeaderNames.RecordRoute, routes.Select(r => r.ToString()));

    public int? Expires
    {
        get => GetInt(SipHeaderNames.Expires, 10);
        set => SetOrRemove(SipHeaderNames.Expires, value?.ToString(CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<string> Allow => Headers.GetValues(SipHeaderNames.Allow);
    public IReadOnlyList<string> Supported => Headers.GetValues(SipHeaderNames.Supported);

    /// <summary>Option tags the UAS must understand; unknown ones → 420 with Unsupported (RFC 3261 §8.2.2.3, transaction layer's call).</summary>
    public IReadOnlyList<string> Require => Headers.GetValues(SipHeaderNames.Require);
    public IReadOnlyList<string> ProxyRequire => Headers.GetValues(SipHeaderNames.ProxyRequire);
    public IReadOnlyList<string> Unsupported => Headers.GetValues(SipHeaderNames.Unsupported);

    /// <summary>Challenges, one per header line (their values contain unquoted commas, so no list splitting).</summary>
    public IReadOnlyList<string> WwwAuthenticate => Headers.GetAll(SipHeaderNames.WwwAuthenticate);
    public IReadOnlyList<string> ProxyAuthenticate => Headers.GetAll(SipHeaderNames.ProxyAuthenticate);
    public IReadOnlyList<string> Authorization => Headers.GetAll(SipHeaderNames.Authorization);
    public IReadOnlyList<string> ProxyAuthorization => Headers.GetAll(SipHeaderNames.ProxyAuthorization);

    public SipAddressHeader? ReferTo
    {
        get => ParseSingle<SipAddressHeader>(SipHeaderNames.ReferTo, SipAddressHeader.TryParse);
        set => SetOrRemove(SipHeaderNames.ReferTo, value?.ToString());
    }

    public SipAddressHeader? ReferredBy
    {
        get => ParseSingle<SipAddressHeader>(SipHeaderNames.ReferredBy, SipAddressHeader.TryParse);
        set => SetOrRemove(SipHeaderNames.ReferredBy, value?.ToString());
    }

    public SipParameterizedValue? Event
    {
        get => ParseSingle<SipParameterizedValue>(SipHeaderNames.Event, SipParameterizedValue.TryParse);
        set => SetOrRemove(SipHeaderNames.Event, value?.ToString());
    }

    public SipParameterizedValue? SubscriptionState
    {
        get => ParseSingle<SipParameterizedValue>(SipHeaderNames.SubscriptionState, SipParameterizedValue.TryParse);
        set => SetOrRemove(SipHeaderNames.SubscriptionState, value?.ToString());
    }

    public IReadOnlyList<SipWarning> Warnings => ParseList<SipWarning>(SipHeaderNames.Warning, SipWarning.TryParse);

    /// <summary>Adds a Warning line (e.g. <see cref="SipWarning.ForIncompatibleMedia"/> on a 488).</summary>
    public void AddWarning(SipWarning warning) => Headers.Add(SipHeaderNames.Warning, warning.ToString());

    public IReadOnlyList<SipParameterizedValue> Reasons =>
        ParseList<SipParameterizedValue>(SipHeaderNames.Reason, SipParameterizedValue.TryParse);

    public string? UserAgent
    {
        get => Headers.GetFirst(SipHeaderNames.UserAgent);
        set => SetOrRemove(SipHeaderNames.UserAgent, value);
    }

    public string? Server
    {
        get => Headers.GetFirst(SipHeaderNames.Server);
        set => SetOrRemove(SipHeaderNames.Server, value);
    }

    private delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T? value);

    private T? ParseSingle<T>(string name, SpanParser<T> parser) where T : class
    {
        string? raw = Headers.GetFirst(name);
        return raw is not null && parser(raw, out var value) ? value : null;
    }

    private List<T> ParseList<T>(string name, SpanParser<T> parser) where T : class
    {
        var result = new List<T>();
        foreach (string element in Headers.GetValues(name))
            if (parser(element, out var value) && value is not null) result.Add(value);
        return result;
    }

    private int? GetInt(string name, int maxDigits) =>
        SipGrammar.TryParseDigits(SipGrammar.TrimLws(Headers.GetFirst(name)), maxDigits, out int v) ? v : null;

    private void SetOrRemove(string name, string? value)
    {
        if (value is null) Headers.RemoveAll(name);
        else Headers.Set(name, value);
    }
}
