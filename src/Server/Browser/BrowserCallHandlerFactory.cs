namespace MediaCore.Server.Browser;

/// <summary>Makes the handler for one browser call (the agent pipeline in `serve`, an echo in tests).</summary>
public delegate IStreamCallHandler BrowserCallHandlerFactory(BrowserCallContext context);
