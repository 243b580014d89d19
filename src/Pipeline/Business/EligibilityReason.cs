namespace MediaCore.Pipeline.Business;

public enum EligibilityReason
{
    AllCriteriaMet,
    NotSalaried,
    SalaryBelowMinimum,
    CityNotServed,
}
