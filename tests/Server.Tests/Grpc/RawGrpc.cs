using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using MediaCore.Server.Grpc;

namespace MediaCore.Server.Tests.Grpc;

/// <summary>Hand-built gRPC requests over HTTP/2, for wire-level cases the typed client never produces.</summary>
internal static class RawGrpc
{
    public static HttpClient CreateHttpClient() => new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    public static byte[] Frame(IMessage message, byte flag = 0)
    {
        var body = message.ToByteArray();
        return [flag, .. BitConverter.GetBytes(IPAddress.HostToNetworkOrder(body.Length)), .. body];
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, int port, string path, byte[] body,
        string contentType = "application/grpc", string? token = ControlServerFixture.Token, (string, string)[]? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}{path}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers ?? [])
            request.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request);
    }

    /// <summary>The status from the trailers, or from the headers of a trailers-only response.</summary>
    public static async Task<(GrpcStatusCode Status, string Message)> ReadStatusAsync(HttpResponseMessage response)
    {
        await response.Content.ReadAsByteArrayAsync();
        var source = response.Headers.Contains("grpc-status") ? (HttpHeaders)response.Headers : response.TrailingHeaders;
        var status = (GrpcStatusCode)int.Parse(source.GetValues("grpc-status").Single());
        var message = source.TryGetValues("grpc-message", out var values) ? GrpcMessageText.Decode(values.Single()) : "";
        return (status, message);
    }
}
