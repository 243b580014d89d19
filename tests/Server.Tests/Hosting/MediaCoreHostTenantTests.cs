using MediaCore.Server.Client;
using MediaCore.Server.Grpc;
using MediaCore.Server.Hosting;
using MediaCore.Server.Protos.V1;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>The control API's Tenants service over the host's tenant folder: invalid YAML is refused with the loader's
/// errors; a valid one is written and applied at once; delete removes it. SIP answers with echo (no engines needed).</summary>
public sealed class MediaCoreHostTenantTests
{
    [Fact]
    public async Task Tenants_AreTheRegistryFolder_UpsertValidatesWritesAndHotApplies_DeleteRemoves()
    {
        using var temp = new TempFolder();
        var config = HostTestConfig.Create(temp, http: false);
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = config,
            Handler = new EchoHandlerSelector(),
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control!.Port}"), HostTestConfig.Token);

        var listed = await client.ListTenantsAsync();
        Assert.Equal(host.Tenants.Current.Tenants.Select(t => t.Id).Order(StringComparer.Ordinal), listed.Select(t => t.Id));
        var kitchen = await client.GetTenantAsync("himalayan-kitchen");
        Assert.Equal("restaurant", kitchen.Kind);
        Assert.Contains("himalayan-kitchen", kitchen.ConfigYaml, StringComparison.Ordinal);

        string copy = kitchen.ConfigYaml.Replace("id: himalayan-kitchen", "id: kitchen-two", StringComparison.Ordinal);
        copy = RemoveDids(copy);
        var broken = new Tenant { Id = "kitchen-two", Name = "Kitchen Two", Kind = "restaurant", ConfigYaml = copy.Replace("timezone:", "timezone_typo:", StringComparison.Ordinal) };
        var refused = await Assert.ThrowsAsync<ControlApiException>(() => client.UpsertTenantAsync(broken));
        Assert.Equal(GrpcStatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("kitchen-two.yaml", refused.Detail, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(config.TenantsFolder!, "kitchen-two.yaml")));

        var mismatched = new Tenant { Id = "other-id", Name = "X", Kind = "restaurant", ConfigYaml = copy };
        Assert.Equal(GrpcStatusCode.InvalidArgument, (await Assert.ThrowsAsync<ControlApiException>(() => client.UpsertTenantAsync(mismatched))).StatusCode);

        string sameNumbers = kitchen.ConfigYaml.Replace("id: himalayan-kitchen", "id: kitchen-two", StringComparison.Ordinal);
        var clash = await Assert.ThrowsAsync<ControlApiException>(() =>
            client.UpsertTenantAsync(new Tenant { Id = "kitchen-two", Name = "Kitchen Two", Kind = "restaurant", ConfigYaml = sameNumbers }));
        Assert.Equal(GrpcStatusCode.InvalidArgument, clash.StatusCode);
        Assert.Contains("already routes to tenant 'himalayan-kitchen'", clash.Detail, StringComparison.Ordinal);

        await client.UpsertTenantAsync(new Tenant { Id = "kitchen-two", Name = "Kitchen Two", Kind = "restaurant", ConfigYaml = copy });
        Assert.NotNull(host.Tenants.Current.FindById("kitchen-two")); // applied without waiting for the file watcher
        Assert.True(File.Exists(Path.Combine(config.TenantsFolder!, "kitchen-two.yaml")));
        Assert.Equal(copy, (await client.GetTenantAsync("kitchen-two")).ConfigYaml);

        await client.DeleteTenantAsync("kitchen-two");
        Assert.Null(host.Tenants.Current.FindById("kitchen-two"));
        Assert.Equal(GrpcStatusCode.NotFound, (await Assert.ThrowsAsync<ControlApiException>(() => client.GetTenantAsync("kitchen-two"))).StatusCode);
    }

    // The copy must not claim the original's numbers (DIDs are unique across tenants).
    private static string RemoveDids(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        int start = lines.FindIndex(l => l.StartsWith("dids:", StringComparison.Ordinal));
        if (start < 0)
            return yaml;
        int end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith("  ", StringComparison.Ordinal) || lines[end].StartsWith("- ", StringComparison.Ordinal)))
            end++;
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }
}
