using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coolset.Samples.Mistakes;

/// <summary>COOL003: a token written to a log. Logs are kept, shipped and read by many people.</summary>
internal sealed class TokenLogging(ILogger<TokenLogging> logger)
{
    public void Start()
    {
        var token = Environment.GetEnvironmentVariable(CoolsetClient.TokenVariable);

        // COOL003: the token goes to the console.
        Console.WriteLine($"Calling Coolset with token {token}");

        // COOL003: the token goes to every log provider.
        logger.LogInformation("Calling Coolset with token {Token}", token);

        // Quiet: a derived, non-secret fact.
        logger.LogInformation("{Variable} is set: {IsSet}", CoolsetClient.TokenVariable, !string.IsNullOrEmpty(token));
    }
}

/// <summary>COOL003: middleware that logs its callers' credentials. Cutting off "Bearer " leaves the whole credential.</summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();

        // COOL003: the Authorization header of the incoming request.
        logger.LogDebug("Caller {Header}", header);

        // COOL003: without its scheme, the header is still the credential.
        var credential = header.Substring("Bearer ".Length);
        logger.LogDebug("Caller {Credential}", credential);

        // Quiet: a masked form.
        logger.LogDebug("Caller {Prefix}…", credential[..4]);
        return next(context);
    }
}
