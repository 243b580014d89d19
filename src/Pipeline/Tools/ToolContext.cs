using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Tools;

/// <summary>Per-call state the tools need: tenant, stores, caller ID, the clock, and what the call asked for (handoff).</summary>
public sealed class ToolContext
{
    public ToolContext(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber, Func<DateTimeOffset> clock)
    {
        Tenant = tenant;
        Services = services;
        CallId = callId;
        CallerNumber = callerNumber;
        Clock = clock;
        if (tenant.Reservations is not null) Reservations = new ReservationBook(tenant, services.Reservations);
        if (tenant.Appointments is not null) Appointments = new AppointmentBook(tenant, services.Calendar);
    }

    public TenantConfig Tenant { get; }
    public BusinessServices Services { get; }
    public string CallId { get; }
    public string? CallerNumber { get; }
    public Func<DateTimeOffset> Clock { get; }
    public DateTimeOffset Now => Clock();
    public ReservationBook? Reservations { get; }
    public AppointmentBook? Appointments { get; }

    /// <summary>Set by the handoff and request_callback tools; the call layer performs the transfer.</summary>
    public HandoffRequest? Handoff { get; set; }

    /// <summary>Set by flag_emergency.</summary>
    public bool Emergency { get; set; }
}
