using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace MediaCore.Server.Browser;

/// <summary>
/// The page's four files, embedded in the assembly (no files on disk, nothing from a CDN) and read once.
/// Resource names are "MediaCore.Server.Browser.wwwroot.&lt;file&gt;" (LogicalName in the csproj).
/// </summary>
internal static class BrowserStaticAssets
{
    private const string ResourcePrefix = "MediaCore.Server.Browser.wwwroot.";

    /// <summary>Everything from this origin only; the worklet module is a script, the call socket is 'self'.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "media-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["audio-worklet.js"] = "text/javascript; charset=utf-8",
        ["styles.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static IEnumerable<string> Names => Files.Keys;

    public static async Task ServeAsync(HttpContext context, string name)
    {
        if (!Files.TryGetValue(name, out var body))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var headers = context.Response.Headers;
        headers.ContentType = ContentTypes[name];
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "microphone=(self)";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(BrowserStaticAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in ContentTypes.Keys)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"embedded resource {ResourcePrefix + name} is missing (see MediaCore.Server.csproj)");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
