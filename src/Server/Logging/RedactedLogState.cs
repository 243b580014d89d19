using System.Collections;
using System.Globalization;
using System.Text;

namespace MediaCore.Server.Logging;

/// <summary>
/// A copy of a log entry's structured values with phone-like values masked, rendering its message from the
/// "{OriginalFormat}" template. A value is sensitive when any word of its name (camelCase or snake_case) is one of
/// <see cref="SensitiveWords"/>: From, ToNumber, caller_id and CallerUri match; Token and Total do not.
/// </summary>
internal sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string OriginalFormat = "{OriginalFormat}";
    private static readonly HashSet<string> SensitiveWords = new(StringComparer.OrdinalIgnoreCase)
        { "from", "to", "caller", "callee", "phone", "msisdn", "ani", "dnis", "did" };
    private readonly KeyValuePair<string, object?>[] _values;

    public RedactedLogState(IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        _values = new KeyValuePair<string, object?>[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            var (key, value) = values[i];
            _values[i] = new(key, IsSensitive(key) && value is not null ? PhoneNumberMasker.Mask(value.ToString()) : value);
        }
    }

    public int Count => _values.Length;
    public KeyValuePair<string, object?> this[int index] => _values[index];
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool HasSensitive(IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        foreach (var (key, _) in values)
            if (IsSensitive(key))
                return true;
        return false;
    }

    public static bool IsSensitive(string name)
    {
        if (name == OriginalFormat)
            return false;
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || name[i] == '_' || name[i] == '-' || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]));
            if (!boundary)
                continue;
            var word = name[start..i].Trim('_', '-');
            if (word.Length > 0 && SensitiveWords.Contains(word))
                return true;
            start = i;
        }
        return false;
    }

    public override string ToString()
    {
        var template = Array.Find(_values, v => v.Key == OriginalFormat).Value as string;
        return template is null ? "" : Render(template);
    }

    private string Render(string template)
    {
        var sb = new StringBuilder(template.Length + 32);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
            }
            else if (c == '{' && template.IndexOf('}', i) is int close and > 0)
            {
                sb.Append(FormatHole(template[(i + 1)..close]));
                i = close;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private string FormatHole(string hole)
    {
        int colon = hole.IndexOf(':');
        string name = (colon < 0 ? hole : hole[..colon]).Split(',')[0].TrimStart('@', '$');
        string? format = colon < 0 ? null : hole[(colon + 1)..];
        var value = Array.Find(_values, v => v.Key == name).Value;
        return value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "(null)";
    }
}
