using MediaCore.Pipeline.Tenants;

namespace MediaCore.Server.Demo;

/// <summary>Finds a tenant's config: an explicit file or folder, $MEDIACORE_TENANTS_DIR, or samples/tenants above here.</summary>
public static class DemoTenants
{
    public static TenantConfig Load(string tenantId, string? config)
    {
        var path = config ?? Environment.GetEnvironmentVariable("MEDIACORE_TENANTS_DIR") ?? FindSamples()
            ?? throw new IOException("no tenant folder found; pass --config FILE|DIR");
        if (File.Exists(path))
        {
            var single = TenantLoader.LoadFile(path);
            return single.Id == tenantId ? single : throw new IOException($"{path} holds tenant '{single.Id}', not '{tenantId}'");
        }
        var (tenants, errors) = TenantLoader.LoadDirectory(path);
        return tenants.FirstOrDefault(t => t.Id == tenantId)
            ?? throw new IOException($"no tenant '{tenantId}' in {path}{(errors.Count > 0 ? ": " + string.Join("; ", errors) : string.Empty)}");
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "samples", "tenants")))
                    return Path.Combine(dir.FullName, "samples", "tenants");
        return null;
    }
}
