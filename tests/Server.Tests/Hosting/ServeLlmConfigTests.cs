using MediaCore.Server.Hosting;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>The llm: section of the serve YAML (every agent call's brain is that OpenAI-compatible endpoint).</summary>
public sealed class ServeLlmConfigTests
{
    [Fact]
    public void Llm_BindsUrlModelAndTheKeyFromItsVariable_AbsentMeansRuleDialogs()
    {
        Assert.Null(new ServeConfig().Llm);
        using var temp = new TempFolder();
        string variable = "MEDIACORE_TEST_LLM_KEY_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "sk-test");
        try
        {
            File.WriteAllText(temp.File("serve.yaml"), $"llm: {{ base_url: http://127.0.0.1:8000/v1, model: llama3, api_key_env: {variable} }}");
            var llm = ServeConfigLoader.Load(temp.File("serve.yaml")).Llm;
            Assert.NotNull(llm);
            Assert.Equal("http://127.0.0.1:8000/v1", llm.BaseUrl);
            Assert.Equal("llama3", llm.Model);
            Assert.Equal("sk-test", llm.ApiKey);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Theory]
    [InlineData("llm: { model: x }", "llm.base_url")]
    [InlineData("llm: { base_url: ftp://host/v1 }", "llm.base_url")]
    [InlineData("llm: { base_url: http://h/v1, api_key: secret }", "llm.api_key")]
    public void BadLlmValues_NameTheKey(string yaml, string key)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("serve.yaml"), yaml);
        var error = Assert.Throws<ConfigException>(() => ServeConfigLoader.Load(temp.File("serve.yaml")));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
