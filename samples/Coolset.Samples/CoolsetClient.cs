using System.Net.Http.Headers;

namespace Coolset.Samples;

/// <summary>
/// A Coolset API client written the way the analyzers ask: the token is read from an environment variable,
/// sent as <c>Authorization: Bearer &lt;token&gt;</c> over HTTPS, and never logged.
/// </summary>
public sealed class CoolsetClient : IDisposable
{
    /// <summary>The variable the analyzers' code fixes read by default (<c>coolset.token_environment_variable</c>).</summary>
    public const string TokenVariable = "COOLSET_API_TOKEN";

    private static readonly Uri ApiBase = new("https://developers.coolset.com/api/");

    private readonly HttpClient _http;

    public CoolsetClient(string token)
    {
        _http = new HttpClient { BaseAddress = ApiBase };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public static CoolsetClient FromEnvironment() =>
        new(Environment.GetEnvironmentVariable(TokenVariable)
            ?? throw new InvalidOperationException($"{TokenVariable} is not set."));

    public Task<string> GetUserConfigAsync(CancellationToken cancellationToken = default) =>
        _http.GetStringAsync("accounts/user-config/", cancellationToken);

    public void Dispose() => _http.Dispose();
}
