namespace MediaCore.Pipeline.Tenants;

/// <summary>Appointment booking rules (trades, clinic). Capacity = jobs that may run at once (technicians, doctors).</summary>
public sealed record AppointmentRules
{
    public required TimeSpan SlotStep { get; init; }
    public required TimeSpan MinAdvance { get; init; }
    public required int MaxDaysAhead { get; init; }
    public required int Capacity { get; init; }
    public required string DefaultServiceId { get; init; }
}
