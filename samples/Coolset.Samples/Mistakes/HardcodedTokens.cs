using System.ComponentModel;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;

namespace Coolset.Samples.Mistakes;

// Every token and credential in this folder is made up. Each place marked COOLxxx is reported when the project builds.

/// <summary>COOL001, COOL002 and COOL007: tokens and credentials written into the code.</summary>
internal static class HardcodedTokens
{
    // COOL001: a live token in a const field. The code fix reads COOLSET_API_TOKEN instead and, because a const
    // cannot hold a method call, turns the field into `static readonly`.
    private const string LiveToken = "sk_live_Fake0Coolset0Sample";

    // COOL001, once, on the whole expression: concatenation does not hide a token from the compiler or from the analyzer.
    private static readonly string SplitToken = "sk_live_" + "Fake0Coolset0Split";

    public static CoolsetClient Production() => new(LiveToken);

    public static CoolsetClient Split() => new(SplitToken);

    // COOL007 (Info): a test token. The fix adds `?? throw new InvalidOperationException(...)` because the
    // constructor needs a non-null string.
    public static CoolsetClient Development() => new("sk_test_Fake0Coolset0Sample");

    public static HttpRequestMessage UserConfigRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/accounts/user-config/");

        // COOL002: a Bearer credential in a header value. The fix keeps the "Bearer " prefix:
        // $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}".
        request.Headers.Add("Authorization", "Bearer 0Fake0Coolset0Bearer0Credential");
        return request;
    }

    // COOL002: the credential argument of AuthenticationHeaderValue.
    public static AuthenticationHeaderValue Header() => new("Bearer", "0Fake0Coolset0Bearer0Credential");

    // COOL001, not COOL002: a Bearer credential that is a Coolset token is reported once, as the token.
    public const string CurlHeader = "Authorization: Bearer sk_live_Fake0Coolset0Curl";

    // COOL001 in a comment: comments are committed too.
    // curl -H "Authorization: Bearer sk_live_Fake0Coolset0Comment" https://developers.coolset.com/api/accounts/user-config/
}

/// <summary>Options bound from configuration.</summary>
internal sealed class CoolsetSettings
{
    // COOL007 in an attribute argument: reported, but no code fix is offered, since an attribute argument must be a constant.
    [DefaultValue("sk_test_Fake0Coolset0Default")]
    public string? ApiToken { get; set; }
}

/// <summary>With an IConfiguration in scope, a second fix reads configuration["Coolset:ApiToken"].</summary>
internal sealed class ConfiguredClientFactory(IConfiguration configuration)
{
    public string? Region => configuration["Coolset:Region"];

    // COOL001, two fixes: the environment variable (first) or configuration["Coolset:ApiToken"] (second).
    public CoolsetClient Create() => new("sk_live_Fake0Coolset0Config");
}
