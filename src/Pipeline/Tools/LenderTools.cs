using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;

namespace MediaCore.Pipeline.Tools;

/// <summary>The loan pre-screen.</summary>
public static class LenderTools
{
    public static ITool CheckEligibility { get; } = new DelegateTool("check_eligibility",
        "Decide loan pre-screen eligibility from the caller's three answers.",
        """{"type":"object","properties":{"salaried":{"type":"boolean"},"monthly_salary":{"type":"number","description":"rupees per month, if stated"},"salary_at_least_minimum":{"type":"boolean","description":"use when the caller only said yes/no"},"city":{"type":"string"},"lives_in_served_city":{"type":"boolean","description":"use when the caller only said yes/no"}},"required":["salaried"]}""",
        (args, ctx) =>
        {
            var rules = ctx.Tenant.Eligibility ?? throw new ToolArgumentException($"{ctx.Tenant.Name} has no eligibility rules");
            var salaried = args.Bool("salaried") ?? throw new ToolArgumentException("salaried is required");
            var salaryOk = args.Number("monthly_salary") is { } salary ? salary >= rules.MinMonthlySalary : args.Bool("salary_at_least_minimum") ?? false;
            var cityOk = args.String("city") is { } city ? rules.FindCity(city) is not null : args.Bool("lives_in_served_city") ?? false;
            var outcome = EligibilityChecker.Evaluate(salaried, salaryOk, cityOk);
            return ToolResults.Ok(new JsonObject
            {
                ["eligible"] = outcome.Eligible,
                ["reason"] = Snake(outcome.Reason),
                ["min_monthly_salary"] = rules.MinMonthlySalary,
                ["cities"] = new JsonArray(rules.Cities.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
            });
        });

    public static IReadOnlyList<ITool> All { get; } = [CheckEligibility];

    private static string Snake(EligibilityReason reason) => reason switch
    {
        EligibilityReason.AllCriteriaMet => "all_criteria_met",
        EligibilityReason.NotSalaried => "not_salaried",
        EligibilityReason.SalaryBelowMinimum => "salary_below_minimum",
        _ => "city_not_served",
    };
}
