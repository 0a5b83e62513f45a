namespace Coolset.Samples.Mistakes;

/// <summary>COOL008: a token in a URL. URLs end up in server, proxy and gateway logs and in browser history.</summary>
internal static class TokenInUrl
{
    public static async Task<string> UserConfigAsync(int page)
    {
        var token = Environment.GetEnvironmentVariable(CoolsetClient.TokenVariable);
        using var http = new HttpClient();

        // COOL008: the environment token travels in the query string. The fix removes `&access_token={token}` and sets
        // http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token) after `new HttpClient()`.
        return await http.GetStringAsync($"https://developers.coolset.com/api/accounts/user-config/?page={page}&access_token={token}");
    }

    // Quiet: a paging cursor, a placeholder in documentation text, a URL to another host.
    public static string NextPage(string pageToken) => $"https://developers.coolset.com/api/items/?page_token={pageToken}";

    public const string DocumentedUrl = "https://developers.coolset.com/api/items/?token=YOUR_TOKEN";

    public static string OtherApi(string apiKey) => $"https://api.example.com/v1/items?api_key={apiKey}";
}
