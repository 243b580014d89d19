namespace MediaCore.Pipeline.Records;

/// <summary>The kinds of extracted entity MediaCore knows; tenants' brains may add their own.</summary>
public static class EntityKinds
{
    public const string Booking = "booking";
    public const string Reservation = "reservation";
    public const string Appointment = "appointment";
    public const string Callback = "callback";
    public const string Eligibility = "eligibility";
}
