namespace MediaCore.Pipeline.Business;

/// <summary>Tells the business owner something urgent (SMS, WhatsApp, push — adapters come later).</summary>
public interface IOwnerNotifier
{
    void NotifyEmergency(EmergencyNotice notice);
}
