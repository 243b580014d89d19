namespace MediaCore.Pipeline.Tenants;

/// <summary>Where a call goes when a person is needed: a SIP URI or phone number to transfer to, and whether callbacks may be taken instead.</summary>
public sealed record HandoffTarget(string? TransferTo, bool OffersCallback);
