namespace MediaCore.Inference.Tts;

/// <summary>The flite voices Debian ships (libflite1): each lives in its own <c>libflite_cmu_us_*.so.1</c>.</summary>
public enum FliteVoiceId
{
    /// <summary>US English female, clustergen, 16 kHz. The clearest flite voice (PocketSphinx recognises it well).</summary>
    Slt,

    /// <summary>US English male, diphone, 8 kHz (telephone rate; the fastest voice).</summary>
    Kal,

    /// <summary>US English male, diphone, 16 kHz.</summary>
    Kal16,

    /// <summary>Scottish English male, clustergen, 16 kHz.</summary>
    Awb,

    /// <summary>US English male, clustergen, 16 kHz.</summary>
    Rms,
}
