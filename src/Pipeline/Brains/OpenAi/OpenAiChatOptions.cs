namespace MediaCore.Pipeline.Brains.OpenAi;

/// <summary>Where and how to reach an OpenAI-compatible chat-completions endpoint.</summary>
public sealed record OpenAiChatOptions
{
    public const string BaseUrlVariable = "MEDIACORE_LLM_BASE_URL";
    public const string ModelVariable = "MEDIACORE_LLM_MODEL";
    public const string ApiKeyVariable = "MEDIACORE_LLM_API_KEY";

    /// <summary>Base URL up to the version segment, e.g. http://127.0.0.1:8080/v1 (…/chat/completions is appended).</summary>
    public string BaseUrl { get; init; } = "http://127.0.0.1:8080/v1";

    public string Model { get; init; } = "default";

    public string? ApiKey { get; init; }

    /// <summary>Longest wait for the first streamed token (connect + queue + prefill).</summary>
    public TimeSpan FirstTokenTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Longest a whole reply (all tool rounds) may take.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Tool rounds (call → result → continue) before the brain gives up.</summary>
    public int MaxToolRounds { get; init; } = 4;

    public float Temperature { get; init; } = 0.3f;

    /// <summary>Spoken when the LLM fails; the call goes on.</summary>
    public string FallbackLine { get; init; } = "Sorry, I'm having trouble right now. Could you please say that again?";

    /// <summary>Options from MEDIACORE_LLM_BASE_URL / _MODEL / _API_KEY, over <paramref name="defaults"/>.</summary>
    public static OpenAiChatOptions FromEnvironment(OpenAiChatOptions? defaults = null)
    {
        var options = defaults ?? new OpenAiChatOptions();
        return options with
        {
            BaseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } url ? url : options.BaseUrl,
            Model = Environment.GetEnvironmentVariable(ModelVariable) is { Length: > 0 } model ? model : options.Model,
            ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : options.ApiKey,
        };
    }
}
