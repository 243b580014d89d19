using System.Diagnostics;
using System.Text;
using MediaCore.Bench.Load.Agent;

namespace MediaCore.Bench.Tests;

public sealed class FakeLlmServerTests
{
    [Fact]
    public async Task Streams_openai_style_chunks_after_the_configured_time_to_first_token()
    {
        await using var server = new FakeLlmServer(TimeSpan.FromMilliseconds(150), "hello there");
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent("""{"model":"fake","stream":true,"messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json"),
        };
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? first = await reader.ReadLineAsync();
        var timeToFirstToken = Stopwatch.GetElapsedTime(started);
        Assert.StartsWith("data: {", first);
        Assert.Contains("\"content\":\"hello \"", first);
        Assert.True(timeToFirstToken >= TimeSpan.FromMilliseconds(140), $"TTFT {timeToFirstToken.TotalMilliseconds} ms");
        string rest = await reader.ReadToEndAsync();
        Assert.Contains("\"content\":\"there \"", rest);
        Assert.EndsWith("data: [DONE]\n\n", rest);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Other_paths_get_404()
    {
        await using var server = new FakeLlmServer(TimeSpan.Zero);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        using var response = await http.GetAsync("models");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
