using Coolset.Samples;
using Microsoft.Extensions.Logging;

// The right way to call Coolset: the token comes from the COOLSET_API_TOKEN environment variable, travels only in the
// Authorization header over HTTPS, and is never written to a log. The files under Mistakes/ show what the analyzers
// report; LookAlikes.cs shows what they leave alone. Build with `dotnet build samples/Coolset.Samples` to see the warnings.
using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole());
var logger = loggerFactory.CreateLogger("Coolset.Samples");

if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CoolsetClient.TokenVariable)))
{
    logger.LogWarning(
        "{Variable} is not set. Create a token in Coolset (Settings → API Tokens) and put it in that environment variable.",
        CoolsetClient.TokenVariable);
    return 1;
}

using var client = CoolsetClient.FromEnvironment();
var userConfig = await client.GetUserConfigAsync();
logger.LogInformation("Received {Length} characters of user configuration.", userConfig.Length);
return 0;
