using System.Net;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Tests.Grpc;

/// <summary>Wire-level behaviour of the server with hand-built frames: framing errors, encodings, content types.</summary>
public sealed class GrpcWireTests(ControlServerFixture server) : IClassFixture<ControlServerFixture>
{
    private const string GetTenant = "/mediacore.v1.Tenants/Get";

    private async Task<(HttpResponseMessage Response, GrpcStatusCode Status, string Message)> Send(byte[] body,
        string contentType = "application/grpc", (string, string)[]? headers = null, string path = GetTenant)
    {
        using var http = RawGrpc.CreateHttpClient();
        var response = await RawGrpc.PostAsync(http, server.Server.Port, path, body, contentType, headers: headers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (status, message) = await RawGrpc.ReadStatusAsync(response);
        return (response, status, message);
    }

    [Fact]
    public async Task Error_before_any_message_is_a_trailers_only_response()
    {
        var (response, status, _) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "missing" }));
        Assert.Equal(GrpcStatusCode.NotFound, status);
        Assert.True(response.Headers.Contains("grpc-status"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/grpc", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Success_carries_one_frame_and_status_in_trailers()
    {
        server.Tenants.Upsert(new Control.TenantRecord("wire-ok", "Wire", "test", [], ""));
        var (response, status, _) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "wire-ok" }), "application/grpc+proto");
        Assert.Equal(GrpcStatusCode.Ok, status);
        Assert.False(response.Headers.Contains("grpc-status"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(0, body[0]);
        Assert.Equal(body.Length - 5, IPAddress.NetworkToHostOrder(BitConverter.ToInt32(body, 1)));
        Assert.Equal("Wire", Tenant.Parser.ParseFrom(body.AsSpan(5)).Name);
    }

    [Fact]
    public async Task Truncated_frame_is_internal()
    {
        var frame = RawGrpc.Frame(new GetTenantRequest { Id = "some-tenant" });
        var (_, status, message) = await Send(frame[..^3]);
        Assert.Equal(GrpcStatusCode.Internal, status);
        Assert.Contains("inside a message frame", message);
    }

    [Fact]
    public async Task Unparseable_message_is_internal()
    {
        byte[] garbage = [0, 0, 0, 0, 3, 0x0A, 0xFF, 0xFF]; // field 1, length 0xFFFF... cut short
        var (_, status, message) = await Send(garbage);
        Assert.Equal(GrpcStatusCode.Internal, status);
        Assert.Contains("could not be parsed", message);
    }

    [Fact]
    public async Task Compressed_flag_without_encoding_is_internal()
    {
        var (_, status, _) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "x" }, flag: 1));
        Assert.Equal(GrpcStatusCode.Internal, status);
    }

    [Fact]
    public async Task Unsupported_grpc_encoding_is_unimplemented_and_advertises_identity()
    {
        var (response, status, _) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "x" }, flag: 1), headers: [("grpc-encoding", "gzip")]);
        Assert.Equal(GrpcStatusCode.Unimplemented, status);
        Assert.Equal("identity", response.Headers.GetValues("grpc-accept-encoding").Single());
    }

    [Fact]
    public async Task Message_over_4_MiB_is_resource_exhausted()
    {
        byte[] header = [0, 0, 0x40, 0, 1]; // declares 4 MiB + 1 bytes; refused before the body is read
        var (_, status, _) = await Send(header);
        Assert.Equal(GrpcStatusCode.ResourceExhausted, status);
    }

    [Fact]
    public async Task Zero_or_two_request_messages_are_unimplemented()
    {
        Assert.Equal(GrpcStatusCode.Unimplemented, (await Send([])).Status);
        var one = RawGrpc.Frame(new GetTenantRequest { Id = "x" });
        Assert.Equal(GrpcStatusCode.Unimplemented, (await Send([.. one, .. one])).Status);
    }

    [Fact]
    public async Task Malformed_grpc_timeout_is_internal()
    {
        var (_, status, message) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "x" }), headers: [("grpc-timeout", "10x")]);
        Assert.Equal(GrpcStatusCode.Internal, status);
        Assert.Contains("grpc-timeout", message);
    }

    [Fact]
    public async Task Non_grpc_content_type_is_http_415()
    {
        using var http = RawGrpc.CreateHttpClient();
        using var response = await RawGrpc.PostAsync(http, server.Server.Port, GetTenant, [], "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Status_message_is_percent_encoded_on_the_wire()
    {
        var (response, status, message) = await Send(RawGrpc.Frame(new GetTenantRequest { Id = "naïve" }));
        Assert.Equal(GrpcStatusCode.InvalidArgument, status);
        Assert.Contains("'naïve'", message);
        var raw = response.Headers.GetValues("grpc-message").Single();
        Assert.Contains("na%C3%AFve", raw);
        Assert.All(raw, c => Assert.InRange(c, (char)0x20, (char)0x7E));
    }
}
