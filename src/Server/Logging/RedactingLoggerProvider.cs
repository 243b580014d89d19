using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MediaCore.Server.Logging;

/// <summary>
/// Wraps another provider so structured values that name a party to a call (from, to, caller, phone, …) are
/// masked with <see cref="PhoneNumberMasker"/> in both the rendered message and the structured state.
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    /// <summary>Replaces the console provider registered by AddJsonConsole with a redacting wrapper around it.</summary>
    public static void WrapConsole(IServiceCollection services)
    {
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        if (registration is null)
            return;
        services.Remove(registration);
        services.AddSingleton<ILoggerProvider>(sp => new RedactingLoggerProvider(new ConsoleLoggerProvider(
            sp.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), sp.GetServices<ConsoleFormatter>())));
    }

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped)
            scoped.SetScopeProvider(scopeProvider);
    }

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values && RedactedLogState.HasSensitive(values))
                inner.Log(logLevel, eventId, new RedactedLogState(values), exception, static (s, _) => s.ToString());
            else
                inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
