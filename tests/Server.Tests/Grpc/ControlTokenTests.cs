using MediaCore.Server.Client;
using MediaCore.Server.Control;
using MediaCore.Server.Grpc;

namespace MediaCore.Server.Tests.Grpc;

public sealed class ControlTokenTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Generated_token_is_written_owner_only_and_never_logged()
    {
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ControlTokenSource.EnvironmentVariable)),
            "test needs MEDIACORE_CONTROL_TOKEN unset");
        string dir = Path.Combine(Path.GetTempPath(), "mediacore-token-" + Guid.NewGuid().ToString("N"));
        string file = Path.Combine(dir, "control.token");
        var logs = new CapturingLoggerProvider();
        try
        {
            await using (var server = await ControlServerFixture.StartAsync(new SimulatedCallControl(new CallEventHub()), new InMemoryTenantCatalog(),
                new CallEventHub(), logs, token: null, tokenFile: file))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                string token = File.ReadAllText(file).Trim();
                Assert.True(token.Length >= 40);
                Assert.Contains(file, logs.AllText);
                Assert.DoesNotContain(token, logs.AllText);

                using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{server.Port}"), token);
                Assert.Empty(await client.ListTenantsAsync());
                Assert.DoesNotContain(token, logs.AllText);
            }
            // A restart reuses the file's token, so scripts that read it keep working.
            Assert.Equal(File.ReadAllText(file).Trim(), ControlTokenSource.Resolve(null, file, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Configured_token_wins_and_file_is_not_created()
    {
        string file = Path.Combine(Path.GetTempPath(), "mediacore-absent-" + Guid.NewGuid().ToString("N"));
        Assert.Equal("abc", ControlTokenSource.Resolve(" abc ", file, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("Bearer secret", true)]
    [InlineData("bearer secret", true)]
    [InlineData("Bearer secre", false)]
    [InlineData("Bearer secrets", false)]
    [InlineData("Basic secret", false)]
    [InlineData("secret", false)]
    [InlineData(null, false)]
    public void Bearer_header_must_match_exactly(string? header, bool expected) =>
        Assert.Equal(expected, new BearerTokenAuthenticator("secret").IsAuthorized(header));
}
