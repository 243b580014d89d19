using System.Net;
using MediaCore.Pipeline.Brains.OpenAi;

namespace MediaCore.Server.Hosting;

// The service sections: control:, metrics:, http:, tenants:.
public static partial class ServeConfigLoader
{
    private static ServeConfig ReadServices(YamlSection top, ServeConfig config)
    {
        if (top.GetSection("control") is { } control)
        {
            config = config with
            {
                ControlListen = ReadListen(control, "listen", config.ControlListen),
                ControlToken = control.GetString("token") ?? config.ControlToken,
                ControlTokenFile = control.GetString("token_file") ?? config.ControlTokenFile,
                ControlCertificate = control.GetString("certificate") ?? config.ControlCertificate,
            };
            control.RejectUnknownKeys();
        }
        if (top.GetSection("metrics") is { } metrics)
        {
            config = config with { MetricsListen = ReadListen(metrics, "listen", config.MetricsListen) };
            metrics.RejectUnknownKeys();
        }
        if (top.GetSection("http") is { } http)
        {
            config = config with
            {
                HttpListen = ReadListen(http, "listen", config.HttpListen),
                BrowserEnabled = ReadSwitch(http, "browser", config.BrowserEnabled),
                StreamsEnabled = ReadSwitch(http, "streams", config.StreamsEnabled),
                StreamsToken = http.GetString("streams_token") ?? config.StreamsToken,
            };
            http.RejectUnknownKeys();
        }
        if (top.GetSection("tenants") is { } tenants)
        {
            config = config with
            {
                TenantsFolder = tenants.GetString("folder") ?? config.TenantsFolder,
                DefaultTenant = tenants.GetString("default") ?? config.DefaultTenant,
            };
            tenants.RejectUnknownKeys();
        }
        if (top.GetSection("llm") is { } llm)
            config = config with { Llm = ReadLlm(llm) };
        return config;
    }

    /// <summary>llm: base_url (required, http/https), model, api_key_env (the key's variable, never the key itself).</summary>
    private static OpenAiChatOptions ReadLlm(YamlSection llm)
    {
        string baseUrl = llm.GetString("base_url") ?? throw llm.Error("base_url", "is required");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw llm.Error("base_url", $"'{baseUrl}' is not an http(s) URL");
        var options = new OpenAiChatOptions { BaseUrl = baseUrl, Model = llm.GetString("model") ?? "default" };
        if (llm.GetString("api_key_env") is { } keyVariable)
            options = options with { ApiKey = Environment.GetEnvironmentVariable(keyVariable) };
        llm.RejectUnknownKeys();
        return options;
    }

    /// <summary>address:port, port 0 = any free port (tests), or "off".</summary>
    private static IPEndPoint? ReadListen(YamlSection section, string key, IPEndPoint? fallback)
    {
        string? text = section.GetString(key);
        if (text is null)
            return fallback;
        if (text == "off")
            return null;
        return IPEndPoint.TryParse(text, out var endPoint) && text.Contains(':', StringComparison.Ordinal)
            ? endPoint
            : throw section.Error(key, $"'{text}' is not an address:port (port 0 = any free port) or 'off'");
    }

    private static bool ReadSwitch(YamlSection section, string key, bool fallback) => section.GetString(key)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        var other => throw section.Error(key, $"'{other}' is not true or false"),
    };
}
