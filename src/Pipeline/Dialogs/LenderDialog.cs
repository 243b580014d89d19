using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Dialogs.Understanding;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// The lender's deterministic pre-screen: salaried? monthly salary at least the minimum? living in a served city?
/// Accepts yes/no in English and Hindi, a stated amount or city name, and stops at the first failing answer with the reason.
/// </summary>
public sealed class LenderDialog(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber)
    : TenantDialogBase(tenant, services, callId, callerNumber)
{
    private readonly EligibilityRules _rules = tenant.Eligibility ?? throw new ArgumentException($"tenant '{tenant.Id}' has no eligibility rules", nameof(tenant));
    private bool? _salaried;
    private bool? _salaryOk;
    private decimal? _salary;
    private bool? _cityOk;
    private string? _city;
    private bool? _eligible;
    private string? _reason;

    protected override string Opening() => Question();

    protected override bool EndOfCall => _eligible is not null;

    protected override string Handle(string text)
    {
        if (_eligible is not null) return Say.T("Thank you for calling QuickRupee. Goodbye!", "क्विकरुपी को कॉल करने के लिए धन्यवाद। नमस्ते!", "QuickRupee ko call karne ke liye dhanyavaad. Namaste!");
        var answer = YesNo.Parse(text);
        if (_salaried is null)
        {
            if (Mentions(text, "self employed", "business", "freelance", "freelancer", "khud ka", "apna kaam", "dukaan")) answer = false;
            else if (Mentions(text, "salaried", "salary", "naukri", "job", "employed", "नौकरी")) answer ??= true;
            if (answer is null) return Retry();
            _salaried = answer;
        }
        else if (_salaryOk is null)
        {
            _salary = NumberWords.Amount(text) is { } amount && amount >= 1000 ? amount : null;
            _salaryOk = _salary is { } s ? s >= _rules.MinMonthlySalary : answer;
            if (_salaryOk is null) return Retry();
        }
        else if (_cityOk is null)
        {
            _city = _rules.FindCity(text);
            _cityOk = _city is not null ? (answer != false) : answer;
            if (_cityOk is null) return Retry();
        }
        return _salaried == false || _salaryOk == false || _cityOk is not null ? Decide() : Question();
    }

    private string Decide()
    {
        var args = new JsonObject { ["salaried"] = _salaried ?? false };
        if (_salary is { } s) args["monthly_salary"] = s;
        else args["salary_at_least_minimum"] = _salaryOk ?? false;
        if (_city is { } c) args["city"] = c;
        else args["lives_in_served_city"] = _cityOk ?? false;
        var result = Call("check_eligibility", args);
        _eligible = result.Result["eligible"]!.GetValue<bool>();
        _reason = result.Result["reason"]!.GetValue<string>();
        var min = Rupees.Format(_rules.MinMonthlySalary);
        var cities = string.Join(", ", _rules.Cities);
        return _reason switch
        {
            "not_salaried" => Say.T("Thank you. I'm sorry, you are not eligible: our personal loans are only for salaried employees.",
                "धन्यवाद। माफ़ कीजिए, आप पात्र नहीं हैं: हमारे पर्सनल लोन सिर्फ़ नौकरीपेशा लोगों के लिए हैं।",
                "Dhanyavaad. Maaf kijiye, aap eligible nahi hain: hamare personal loan sirf salaried logon ke liye hain."),
            "salary_below_minimum" => Say.T($"Thank you. I'm sorry, you are not eligible: the minimum monthly salary is {min}.",
                $"धन्यवाद। माफ़ कीजिए, आप पात्र नहीं हैं: न्यूनतम मासिक वेतन {min} होना चाहिए।",
                $"Dhanyavaad. Maaf kijiye, aap eligible nahi hain: minimum monthly salary {min} honi chahiye."),
            "city_not_served" => Say.T($"Thank you. I'm sorry, you are not eligible: we currently lend only in {cities}.",
                $"धन्यवाद। माफ़ कीजिए, आप पात्र नहीं हैं: अभी हम सिर्फ़ {cities} में लोन देते हैं।",
                $"Dhanyavaad. Maaf kijiye, aap eligible nahi hain: abhi hum sirf {cities} mein loan dete hain."),
            _ => Say.T("Good news — you are eligible for a QuickRupee personal loan! Our loan officer will call you within one working day.",
                "बधाई हो — आप क्विकरुपी पर्सनल लोन के लिए पात्र हैं! हमारे लोन अधिकारी एक कार्य दिवस में आपको कॉल करेंगे।",
                "Badhai ho — aap QuickRupee personal loan ke liye eligible hain! Hamare loan officer ek working day mein aapko call karenge."),
        };
    }

    private string Question()
    {
        var min = Rupees.Format(_rules.MinMonthlySalary);
        var cities = string.Join(", ", _rules.Cities);
        if (_salaried is null) return Say.T("Are you a salaried employee?", "क्या आप नौकरीपेशा (सैलरीड) हैं?", "Kya aap salaried hain?");
        if (_salaryOk is null) return Say.T($"Is your monthly salary at least {min}?", $"क्या आपका मासिक वेतन कम से कम {min} है?", $"Kya aapki monthly salary kam se kam {min} hai?");
        return Say.T($"Do you live in {cities}?", $"क्या आप {cities} में रहते हैं?", $"Kya aap {cities} mein rehte hain?");
    }

    private string Retry() => Say.T("Sorry, please answer yes or no. ", "माफ़ कीजिए, कृपया हाँ या नहीं में जवाब दें। ", "Sorry, please haan ya nahi mein jawaab dijiye. ") + Question();

    protected override JsonObject State() => new()
    {
        ["salaried"] = _salaried,
        ["salary_at_least_minimum"] = _salaryOk,
        ["monthly_salary"] = _salary,
        ["lives_in_served_city"] = _cityOk,
        ["city"] = _city,
        ["eligible"] = _eligible,
        ["reason"] = _reason,
    };
}
