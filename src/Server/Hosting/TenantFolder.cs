namespace MediaCore.Server.Hosting;

/// <summary>
/// Where the tenant files are: the configured folder (must exist), else $MEDIACORE_TENANTS_DIR, else samples/tenants
/// above the working or program directory, else a per-user folder (created empty) that the control API can fill.
/// </summary>
public static class TenantFolder
{
    public static string Resolve(string? configured)
    {
        if (configured is not null)
            return Directory.Exists(configured)
                ? configured
                : throw new ConfigException("(tenants)", "tenants.folder", $"'{configured}' is not a folder");
        var folder = Environment.GetEnvironmentVariable("MEDIACORE_TENANTS_DIR") ?? FindSamples();
        if (folder is not null && Directory.Exists(folder))
            return folder;
        return Directory.CreateDirectory(UserDefault()).FullName;
    }

    public static string UserDefault() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "mediacore", "tenants");

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "samples", "tenants")))
                    return Path.Combine(dir.FullName, "samples", "tenants");
        return null;
    }
}
