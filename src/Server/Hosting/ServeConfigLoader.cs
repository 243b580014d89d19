using System.Globalization;
using System.Net;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Reads a `mediacore serve` YAML file (JSON is valid YAML too). Shape:
/// <code>
/// sip:   { udp: 127.0.0.1:5060, tcp: 127.0.0.1:5060, codecs: [PCMU, PCMA, opus] }   # "off" disables a transport
/// control: { listen: 127.0.0.1:50051, token: SECRET, token_file: /path, certificate: /path.pfx }  # listen: off
/// metrics: { listen: 127.0.0.1:9090 }                                                          # listen: off
/// http:  { listen: 127.0.0.1:8080, browser: true, streams: true, streams_token: SECRET }        # listen: off
/// tenants: { folder: samples/tenants, default: himalayan-kitchen }
/// llm:   { base_url: http://127.0.0.1:8000/v1, model: llama3, api_key_env: MY_LLM_KEY }   # every agent call's brain
/// records: { kind: sqlite, path: data/records.db, retention: { transcript_days: 90 } }          # see ServeConfigLoader.Records.cs
/// rtp:   { address: 127.0.0.1, advertised_address: 203.0.113.5, ports: 20000-29999, media_timeout_seconds: 30 }
/// trunks:
///   - name: exotel
///     kind: exotel                       # generic | exotel | plivo | twilio
///     allowed_cidrs: [203.0.113.0/24]
///     inbound_auth: { username: u, password: p, realm: mediacore }
///     outbound_auth: { username: u, password: p }
///     dids: { "+918000000000": tenant-a }
///     default_tenant: demo
///     outbound_proxy: 203.0.113.10:5060
///     outbound_transport: udp            # udp | tcp
/// </code>
/// Missing keys keep the defaults of <see cref="ServeConfig"/>; unknown keys and bad values throw
/// <see cref="ConfigException"/> naming the file and the key path.
/// </summary>
public static partial class ServeConfigLoader
{
    public static ServeConfig Load(string file)
    {
        YamlStream stream = new();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(file, "", "cannot read: " + e.Message);
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, "", $"line {e.Start.Line}: not valid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0)
            return new ServeConfig();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigException(file, "", "expected a mapping at the top level (sip:, rtp:, trunks:)");
        var top = new YamlSection(file, "", root);
        var config = new ServeConfig();
        if (top.GetSection("sip") is { } sip)
            config = ReadSip(sip, config);
        if (top.GetSection("rtp") is { } rtp)
            config = ReadRtp(rtp, config);
        config = ReadServices(top, config);
        config = ReadRecords(top, config);
        var trunks = top.GetList("trunks");
        if (trunks.Count > 0)
            config = config with { Trunks = trunks.Select((node, i) => ReadTrunk(top, node, i)).ToList() };
        top.RejectUnknownKeys();
        return config;
    }

    private static ServeConfig ReadSip(YamlSection sip, ServeConfig config)
    {
        config = config with
        {
            SipUdp = ReadBind(sip, "udp", config.SipUdp),
            SipTcp = ReadBind(sip, "tcp", config.SipTcp),
        };
        var codecs = sip.GetList("codecs");
        if (codecs.Count > 0)
            config = config with { Codecs = [.. codecs.Select(c => ReadCodec(sip, c)), SdpCodec.TelephoneEvent] };
        sip.RejectUnknownKeys();
        if (config.SipUdp is null && config.SipTcp is null)
            throw sip.Error("udp", "at least one of udp and tcp must be enabled");
        return config;
    }

    private static IPEndPoint? ReadBind(YamlSection section, string key, IPEndPoint? fallback)
    {
        string? text = section.GetString(key);
        if (text is null)
            return fallback;
        if (text == "off")
            return null;
        return IPEndPoint.TryParse(text, out var endPoint) && endPoint.Port is > 0
            ? endPoint
            : throw section.Error(key, $"'{text}' is not an address:port (or 'off')");
    }

    private static SdpCodec ReadCodec(YamlSection sip, YamlNode node) => (node as YamlScalarNode)?.Value?.ToLowerInvariant() switch
    {
        "pcmu" => SdpCodec.Pcmu,
        "pcma" => SdpCodec.Pcma,
        "opus" => SdpCodec.Opus,
        var other => throw sip.Error("codecs", $"'{other}' is not a supported codec (PCMU, PCMA, opus)"),
    };

    private static ServeConfig ReadRtp(YamlSection rtp, ServeConfig config)
    {
        config = config with
        {
            RtpAddress = ReadAddress(rtp, "address") ?? config.RtpAddress,
            AdvertisedAddress = ReadAddress(rtp, "advertised_address") ?? config.AdvertisedAddress,
            RtpPorts = ReadPorts(rtp, "ports") ?? config.RtpPorts,
        };
        if (rtp.GetString("media_timeout_seconds") is { } seconds)
        {
            if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value <= 0)
                throw rtp.Error("media_timeout_seconds", $"'{seconds}' is not a positive number of seconds");
            config = config with { MediaTimeout = TimeSpan.FromSeconds(value) };
        }
        rtp.RejectUnknownKeys();
        return config;
    }

    private static IPAddress? ReadAddress(YamlSection section, string key)
    {
        string? text = section.GetString(key);
        if (text is null)
            return null;
        return IPAddress.TryParse(text, out var address) ? address : throw section.Error(key, $"'{text}' is not an IP address");
    }

    private static RtpPortRange? ReadPorts(YamlSection section, string key)
    {
        string? text = section.GetString(key);
        if (text is null)
            return null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out int first) && int.TryParse(parts[1], out int last)
            && first is >= 1024 and <= 65534 && last <= 65535 && last - first >= 1)
            return new RtpPortRange(first, last);
        throw section.Error(key, $"'{text}' is not a port range like 20000-29999 (1024-65535, at least two ports)");
    }

    private static TrunkProfile ReadTrunk(YamlSection top, YamlNode node, int index)
    {
        if (node is not YamlMappingNode mapping)
            throw top.Error($"trunks[{index}]", "expected a mapping (name:, kind:, ...)");
        var trunk = new YamlSection(top.File, $"trunks[{index}]", mapping);
        string name = trunk.GetString("name") ?? throw trunk.Error("name", "is required");
        var profile = new TrunkProfile
        {
            Name = name,
            Kind = ReadKind(trunk),
            AllowedSources = trunk.GetList("allowed_cidrs").Select(n => ReadNetwork(trunk, n)).ToList(),
            InboundAuth = ReadCredentials(trunk, "inbound_auth"),
            OutboundAuth = ReadCredentials(trunk, "outbound_auth"),
            DidToTenant = trunk.GetSection("dids") is { } dids ? ReadDids(dids) : new Dictionary<string, string>(),
            DefaultTenant = trunk.GetString("default_tenant"),
            OutboundProxy = ReadProxy(trunk),
            OutboundTransport = ReadTransport(trunk),
        };
        trunk.RejectUnknownKeys();
        return profile;
    }

    private static TrunkKind ReadKind(YamlSection trunk)
    {
        string? text = trunk.GetString("kind");
        if (text is null)
            return TrunkKind.Generic;
        return Enum.TryParse<TrunkKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _)
            ? kind
            : throw trunk.Error("kind", $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TrunkKind>().Select(n => n.ToLowerInvariant()))}");
    }

    private static IpNetwork ReadNetwork(YamlSection trunk, YamlNode node)
    {
        string? text = (node as YamlScalarNode)?.Value;
        return text is not null && IpNetwork.TryParse(text, out var network)
            ? network
            : throw trunk.Error("allowed_cidrs", $"'{text}' is not a CIDR range like 203.0.113.0/24");
    }

    private static TrunkCredentials? ReadCredentials(YamlSection trunk, string key)
    {
        if (trunk.GetSection(key) is not { } auth)
            return null;
        string username = auth.GetString("username") ?? throw auth.Error("username", "is required");
        string password = auth.GetString("password") ?? throw auth.Error("password", "is required");
        var credentials = new TrunkCredentials(username, password, auth.GetString("realm"));
        auth.RejectUnknownKeys();
        return credentials;
    }

    private static Dictionary<string, string> ReadDids(YamlSection dids)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (did, tenant) in dids.Pairs())
            map[did] = string.IsNullOrEmpty(tenant) ? throw dids.Error(did, "needs a tenant id") : tenant;
        return map;
    }

    private static IPEndPoint? ReadProxy(YamlSection trunk)
    {
        string? text = trunk.GetString("outbound_proxy");
        if (text is null)
            return null;
        return IPEndPoint.TryParse(text, out var endPoint) && endPoint.Port > 0
            ? endPoint
            : throw trunk.Error("outbound_proxy", $"'{text}' is not an address:port");
    }

    private static SipTransportProtocol ReadTransport(YamlSection trunk) => trunk.GetString("outbound_transport")?.ToLowerInvariant() switch
    {
        null or "udp" => SipTransportProtocol.Udp,
        "tcp" => SipTransportProtocol.Tcp,
        var other => throw trunk.Error("outbound_transport", $"'{other}' is not udp or tcp"),
    };
}
