using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Tests.Llm;

public sealed class TenantLlmTests
{
    private static readonly TenantConfig Kitchen =
        TenantLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "samples", "tenants", "himalayan-kitchen.yaml"));

    [Fact]
    public void Url_and_key_come_from_the_variables_the_tenant_names_model_and_temperature_from_its_file()
    {
        var environment = new Dictionary<string, string>
        {
            ["MEDIACORE_LLM_BASE_URL"] = "http://127.0.0.1:9999/v1", ["MEDIACORE_LLM_API_KEY"] = "secret",
        };
        var defaults = new OpenAiChatOptions { FirstTokenTimeout = TimeSpan.FromSeconds(2), FallbackLine = "Sorry." };

        var options = TenantLlm.Resolve(Kitchen, environment.GetValueOrDefault, defaults);

        Assert.NotNull(options);
        Assert.Equal(("http://127.0.0.1:9999/v1", "qwen2.5-7b-instruct", "secret"), (options.BaseUrl, options.Model, options.ApiKey));
        Assert.Equal(0.3f, options.Temperature, 3);
        Assert.Equal((TimeSpan.FromSeconds(2), "Sorry."), (options.FirstTokenTimeout, options.FallbackLine));
    }

    [Fact]
    public void Without_the_base_url_variable_the_tenant_has_no_llm() =>
        Assert.Null(TenantLlm.Resolve(Kitchen, _ => null, new OpenAiChatOptions()));
}
