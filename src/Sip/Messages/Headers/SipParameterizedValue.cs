using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// A header of the shape value *( SEMI generic-param ): Content-Type (media-type, §20.15), Event (RFC 6665 §8.2.1),
/// Subscription-State (RFC 6665 §8.2.3), Reason (RFC 3326: protocol ;cause= ;text=).
/// </summary>
public sealed class SipParameterizedValue
{
    public SipParameterizedValue(string value) => Value = value;

    /// <summary>The part before the first ';' (e.g. "application/sdp", "refer", "active", "SIP").</summary>
    public string Value { get; set; }

    public SipParameters Parameters { get; } = new();

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipParameterizedValue? value)
    {
        value = null;
        int semi = SipGrammar.IndexOfUnquoted(text, ';');
        var head = SipGrammar.TrimLws(semi < 0 ? text : text[..semi]);
        if (head.IsEmpty || !IsValueText(head)) return false;
        var result = new SipParameterizedValue(head.ToString());
        if (semi >= 0 && !SipParameters.TryParse(text[(semi + 1)..], headerMode: true, result.Parameters)) return false;
        value = result;
        return true;
    }

    // token, or type "/" subtype for media types (LWS around the slash is legal but unusual).
    private static bool IsValueText(ReadOnlySpan<char> head)
    {
        foreach (char c in head)
            if (!(SipGrammar.IsTokenChar(c) || c is '/' or ' ' or '\t')) return false;
        return true;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(Value.Length + 16);
        sb.Append(Value);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
