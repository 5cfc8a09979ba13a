using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Assistant.Hosting;

/// <summary>Validates options by their data annotations (as ASP.NET Core's <c>ValidateDataAnnotations</c>, which the CLI does not have).</summary>
internal sealed class DataAnnotationsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"DataAnnotation validation failed for '{typeof(TOptions).Name}' members: '{string.Join(",", r.MemberNames)}' with the error: '{r.ErrorMessage}'."));
    }
}
