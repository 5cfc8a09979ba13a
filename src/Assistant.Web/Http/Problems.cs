namespace Assistant.Web.Http;

/// <summary>Short application/problem+json responses; never an exception's details.</summary>
public static class Problems
{
    public static IResult Status(int statusCode, string detail) => Results.Problem(detail: detail, statusCode: statusCode);

    public static IResult BadRequest(string detail) => Status(StatusCodes.Status400BadRequest, detail);

    public static IResult TooLarge(string detail) => Status(StatusCodes.Status413PayloadTooLarge, detail);

    /// <summary>Unhandled exceptions become a bare 500 problem, in every environment.</summary>
    public static IApplicationBuilder UseProblemsWithoutStackTraces(this IApplicationBuilder app) =>
        app.UseExceptionHandler(handler => handler.Run(context =>
            Status(StatusCodes.Status500InternalServerError, "An unexpected error occurred.").ExecuteAsync(context)));
}
