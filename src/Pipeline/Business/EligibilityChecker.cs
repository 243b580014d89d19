using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>The lender's deterministic pre-screen, checked in the order the questions are asked.</summary>
public static class EligibilityChecker
{
    public static EligibilityOutcome Evaluate(bool salaried, bool salaryAtLeastMinimum, bool livesInServedCity) =>
        !salaried ? new(false, EligibilityReason.NotSalaried)
        : !salaryAtLeastMinimum ? new(false, EligibilityReason.SalaryBelowMinimum)
        : !livesInServedCity ? new(false, EligibilityReason.CityNotServed)
        : new(true, EligibilityReason.AllCriteriaMet);

    public static EligibilityOutcome Evaluate(EligibilityRules rules, bool salaried, decimal monthlySalary, string? city) =>
        Evaluate(salaried, monthlySalary >= rules.MinMonthlySalary, city is not null && rules.FindCity(city) is not null);
}
