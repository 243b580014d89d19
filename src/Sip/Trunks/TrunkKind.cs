namespace MediaCore.Sip.Trunks;

/// <summary>The provider behind a trunk: kind-specific quirks (header names, DID formats) key off this.</summary>
public enum TrunkKind
{
    Generic,
    Exotel,
    Plivo,
    Twilio,
}
