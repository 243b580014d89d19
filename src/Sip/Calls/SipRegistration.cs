using MediaCore.Sip.Auth;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Calls;

/// <summary>
/// REGISTER client for one trunk (RFC 3261 §10.2): binds our Contact to the trunk's address-of-record, answers a
/// 401/407 challenge once per attempt, and refreshes before the granted expiry runs out (same Call-ID, CSeq + 1,
/// §10.2.4). Failures retry after a back-off. <see cref="Stop"/> unregisters (Expires: 0).
/// </summary>
public sealed class SipRegistration
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);
    private readonly SipTransactionLayer _transactions;
    private readonly TrunkProfile _trunk;
    private readonly TrunkRegistrationSettings _settings;
    private readonly SipSource _registrar;
    private readonly Func<SipTransportProtocol, SipContact> _contactFor;
    private readonly string _callId = SipResponseFactory.NewTag() + "@mediacore";
    private readonly string _fromTag = SipResponseFactory.NewTag();
    private int _cseq;
    private IDisposable? _refresh;
    private bool _stopped;

    internal SipRegistration(SipTransactionLayer transactions, TrunkProfile trunk, SipSource registrar, Func<SipTransportProtocol, SipContact> contactFor)
    {
        _transactions = transactions;
        _trunk = trunk;
        _settings = trunk.Registration ?? throw new ArgumentException("trunk has no registration settings", nameof(trunk));
        _registrar = registrar;
        _contactFor = contactFor;
    }

    public bool IsRegistered { get; private set; }

    /// <summary>The expiry the registrar granted last time (seconds).</summary>
    public int GrantedExpires { get; private set; }

    /// <summary>Raised on each successful (re-)registration with the granted expiry.</summary>
    public event Action<SipRegistration, int>? Registered;

    /// <summary>Raised when a REGISTER fails (status, or 408 on timeout).</summary>
    public event Action<SipRegistration, int>? Failed;

    internal void Start()
    {
        lock (_transactions.Gate) Send(_settings.ExpirySeconds, authorization: null);
    }

    /// <summary>Stops refreshing and removes our binding (Expires: 0).</summary>
    public void Stop()
    {
        lock (_transactions.Gate)
        {
            _stopped = true;
            _refresh?.Dispose();
            if (IsRegistered) Send(0, authorization: null);
            IsRegistered = false;
        }
    }

    private void Send(int expires, (string Name, string Value)? authorization)
    {
        var request = Build(expires);
        if (authorization is { } auth) request.Headers.Add(auth.Name, auth.Value);
        bool authRetried = authorization is not null;
        _transactions.SendRequest(request, _registrar, r => OnResponse(r, expires, authRetried), _ => Fail(SipStatusCodes.RequestTimeout));
    }

    private SipRequest Build(int expires)
    {
        var registrar = AddressUri.Parse(_settings.Registrar);
        string user = _trunk.OutboundAuth?.Username ?? "mediacore";
        var aor = _settings.AddressOfRecord is { } a ? AddressUri.Parse(a) : new SipUri((registrar as SipUri)?.Host ?? "invalid", user);
        var request = new SipRequest(SipMethods.Register, registrar);
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, new SipAddressHeader(new NameAddress(aor)) { Tag = _fromTag }.ToString());
        request.Headers.Add(SipHeaderNames.To, new NameAddress(aor).ToString());
        request.Headers.Add(SipHeaderNames.CallId, _callId);
        request.Headers.Add(SipHeaderNames.CSeq, ++_cseq + " " + SipMethods.Register);
        request.Headers.Add(SipHeaderNames.Contact, _contactFor(_registrar.Protocol).ToString());
        request.Headers.Add(SipHeaderNames.Expires, expires.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    private void OnResponse(SipResponse response, int expires, bool authRetried)
    {
        if (response.IsProvisional || _stopped && expires != 0) return;
        if (response.IsSuccess)
        {
            if (expires == 0) return;
            GrantedExpires = GrantedExpiry(response, expires);
            IsRegistered = true;
            Registered?.Invoke(this, GrantedExpires);
            ScheduleRefresh(TimeSpan.FromSeconds(GrantedExpires * (1 - _settings.RefreshBeforeFraction)));
            return;
        }
        if (response.StatusCode is SipStatusCodes.Unauthorized or SipStatusCodes.ProxyAuthenticationRequired && !authRetried
            && _trunk.OutboundAuth is { } creds && Authorize(response, creds) is { } header)
        {
            Send(expires, header);
            return;
        }
        Fail(response.StatusCode);
    }

    private (string, string)? Authorize(SipResponse response, TrunkCredentials creds)
    {
        bool proxy = response.StatusCode == SipStatusCodes.ProxyAuthenticationRequired;
        var challenge = DigestChallenge.SelectStrongest(proxy ? response.ProxyAuthenticate : response.WwwAuthenticate);
        if (challenge is null) return null;
        var credentials = new DigestClient(creds.Username, creds.Password).Respond(challenge, SipMethods.Register, _settings.Registrar);
        return (proxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization, credentials.ToString());
    }

    /// <summary>The expiry from our Contact's ;expires in the 200, else the Expires header, else what we asked (§10.2.4).</summary>
    private static int GrantedExpiry(SipResponse response, int requested) =>
        response.Contacts.Select(c => c.Expires).FirstOrDefault(e => e is not null) ?? response.Expires ?? requested;

    private void Fail(int status)
    {
        IsRegistered = false;
        Failed?.Invoke(this, status);
        if (!_stopped) ScheduleRefresh(RetryAfterFailure);
    }

    private void ScheduleRefresh(TimeSpan delay)
    {
        _refresh?.Dispose();
        _refresh = _transactions.TimerQueue.Schedule(delay, () =>
        {
            lock (_transactions.Gate)
                if (!_stopped) Send(_settings.ExpirySeconds, authorization: null);
        });
    }
}
