namespace MediaCore.Server.Hosting;

/// <summary>Where the tenant files are: the configured folder, $MEDIACORE_TENANTS_DIR, or samples/tenants above here.</summary>
public static class TenantFolder
{
    public static string Resolve(string? configured)
    {
        var folder = configured ?? Environment.GetEnvironmentVariable("MEDIACORE_TENANTS_DIR") ?? FindSamples();
        if (folder is null || !Directory.Exists(folder))
            throw new ConfigException("(tenants)", "tenants.folder",
                folder is null ? "no tenant folder: set tenants.folder or MEDIACORE_TENANTS_DIR" : $"'{folder}' is not a folder");
        return folder;
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
