namespace MediaCore.Pipeline.Tenants;

public enum EmergencyAction
{
    /// <summary>Flag the job urgent and notify the owner (trades).</summary>
    NotifyOwner,
    /// <summary>Tell the caller to call emergency services at once (clinic).</summary>
    AdviseEmergencyServices,
}
