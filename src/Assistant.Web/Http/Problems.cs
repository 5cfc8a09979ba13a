namespace Assistant.Web.Http;

/// <summary>Short application/problem+json responses; never an exception's details.</summary>
public static class Problems
{
    public static IResult Status(int statusCode, string detail) => Results.Problem(detail: detail, statusCode: statusCode);

    public static IResult BadRequest(string detail) => Status(StatusCodes.Status400BadRequest, detail);

    public static IResult TooLarge(string detail) => Status(StatusCodes.Status413PayloadTooLarge, detail);

    /// <summary>Seconds a client is told to wait when the conversation store is unavailable.</summary>
    public const int StoreRetryAfterSeconds = 5;

    /// <summary>
    /// Unhandled exceptions become a bare 500 problem, in every environment; an unavailable conversation store (a database
    /// outage or failover) is a 503 with <c>Retry-After</c>, and nothing of that turn was acknowledged.
    /// </summary>
    public static IApplicationBuilder UseProblemsWithoutStackTraces(this IApplicationBuilder app) =>
        app.UseExceptionHandler(handler => handler.Run(context =>
        {
            var error = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            if (IsStoreOutage(error))
            {
                context.Response.Headers.RetryAfter = StoreRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Status(StatusCodes.Status503ServiceUnavailable, "The conversation store is unavailable; try again shortly.").ExecuteAsync(context);
            }

            return Status(StatusCodes.Status500InternalServerError, "An unexpected error occurred.").ExecuteAsync(context);
        }));

    /// <summary>Whether <paramref name="error"/> is (or wraps) a <see cref="Core.Conversations.StorageUnavailableException"/>.</summary>
    public static bool IsStoreOutage(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is Core.Conversations.StorageUnavailableException)
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStoreOutage))
            {
                return true;
            }
        }

        return false;
    }
}
