namespace MediaCore.Pipeline.Tenants;

/// <summary>LLM used for this tenant. The base URL and key come from environment variables, never from the file.</summary>
public sealed record LlmSettings(string Model, string BaseUrlEnv, string? ApiKeyEnv, double Temperature)
{
    public static LlmSettings Default { get; } = new("local", "MEDIACORE_LLM_BASE_URL", null, 0.3);
}
