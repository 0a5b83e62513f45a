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
