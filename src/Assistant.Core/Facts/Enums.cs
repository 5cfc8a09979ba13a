namespace Assistant.Core.Facts;

/// <summary>The diploma level a route asks for or a candidate holds; higher levels satisfy lower ones.</summary>
public enum DiplomaLevel
{
    None = 0,
    Secondary = 1,
    Graduate = 2,
    Bachelor = 3,
    Master = 4,
}

/// <summary>Whether an amount is a monthly or a yearly figure.</summary>
public enum SalaryPeriod
{
    Month,
    Year,
    /// <summary>An hourly wage ("bruto uurloon € 14,10", student jobs, per age or per function).</summary>
    Hour,
}

/// <summary>Who may see a document: the public web channel never shows internal documents.</summary>
public enum Audience
{
    Public,
    Internal,
}

/// <summary>Which group of candidates an admission route is for.</summary>
public enum RouteAudience
{
    External,
    Internal,
}
