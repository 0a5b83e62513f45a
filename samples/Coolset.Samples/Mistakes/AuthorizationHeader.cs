using System.Net.Http.Headers;

namespace Coolset.Samples.Mistakes;

/// <summary>
/// COOL005 and COOL009: the Coolset API answers 401 to a request without <c>Authorization: Bearer &lt;token&gt;</c>,
/// and to one whose header uses another scheme.
/// </summary>
internal static class AuthorizationHeader
{
    // COOL005 on the send: no path sets the Authorization header. The fix inserts
    // request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"))
    // right after the request is created.
    public static async Task<HttpResponseMessage> ProductsAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/products/");
        return await http.SendAsync(request);
    }

    // COOL009: the token goes out with the 'Token' scheme. The fix changes only the scheme argument to "Bearer".
    public static async Task<string> SitesAsync()
    {
        var token = Environment.GetEnvironmentVariable(CoolsetClient.TokenVariable);
        using var http = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/api/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", token);
        return await http.GetStringAsync("sites/");
    }

    // Quiet: the Bearer scheme, and another API that takes Basic.
    public static HttpRequestMessage Facilities(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/facilities/");
        request.Headers.Add("Authorization", $"Bearer {token}");
        return request;
    }

    public static HttpRequestMessage OtherApi(string credentials)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/items");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return request;
    }
}
