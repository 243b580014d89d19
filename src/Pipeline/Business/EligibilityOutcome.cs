namespace MediaCore.Pipeline.Business;

/// <summary>Whether a loan applicant passes the pre-screen and, if not, the first rule they fail.</summary>
public sealed record EligibilityOutcome(bool Eligible, EligibilityReason Reason);
