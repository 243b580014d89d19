using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Server.Agent;

/// <summary>
/// The tenant's <c>llm:</c> section made concrete: the base URL and key are read from the environment variables the
/// section names (never from the file), the model and temperature from the section, timeouts and the fallback line
/// from the defaults. A tenant whose base-URL variable is unset has no LLM and keeps its rule dialog.
/// </summary>
public static class TenantLlm
{
    public static OpenAiChatOptions? Resolve(TenantConfig tenant, Func<string, string?> environment, OpenAiChatOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(defaults);
        var settings = tenant.Llm;
        if (environment(settings.BaseUrlEnv) is not { Length: > 0 } baseUrl)
            return null;
        var key = settings.ApiKeyEnv is { Length: > 0 } keyVariable ? environment(keyVariable) : null;
        return defaults with
        {
            BaseUrl = baseUrl,
            Model = settings.Model,
            ApiKey = key is { Length: > 0 } ? key : defaults.ApiKey,
            Temperature = (float)settings.Temperature,
        };
    }
}
