using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MediaCore.Server.Logging;

/// <summary>Server logging: one JSON object per line on stdout (UTC timestamps, scopes), phone numbers masked.</summary>
public static class ServerLogging
{
    public static void AddJsonLines(ILoggingBuilder logging)
    {
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        RedactingLoggerProvider.WrapConsole(logging.Services);
    }
}
