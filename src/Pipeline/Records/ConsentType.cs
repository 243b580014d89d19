namespace MediaCore.Pipeline.Records;

/// <summary>On what basis the call's transcript is kept.</summary>
public enum ConsentType
{
    /// <summary>No announcement was played (e.g. the call never got that far).</summary>
    Unknown,
    /// <summary>The greeting announced transcription and the caller carried on.</summary>
    Announced,
    /// <summary>The caller said yes when asked.</summary>
    Explicit,
    /// <summary>The caller declined or asked not to be recorded: metadata only.</summary>
    Declined,
}
