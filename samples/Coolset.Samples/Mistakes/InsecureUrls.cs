namespace Coolset.Samples.Mistakes;

/// <summary>COOL004: Coolset URLs over plain http. The code fix rewrites each to https (and drops an explicit :80).</summary>
internal static class InsecureUrls
{
    // COOL004 on the literal: the token would travel in clear text.
    public static readonly Uri BaseAddress = new("http://developers.coolset.com/");

    // COOL004: any case of the scheme; the fix writes https and drops :80.
    public const string Products = "HTTP://Developers.Coolset.com:80/api/v1/products";

    // COOL004 on the scheme: a UriBuilder with the http scheme and a Coolset host.
    public static Uri Sandbox() => new UriBuilder(Uri.UriSchemeHttp, "developers-scranton.coolset.com").Uri;

    // Quiet: other hosts, look-alikes, https.
    public static readonly string[] NotCoolset =
    {
        "http://localhost:5000/",
        "http://coolset.com.example.org/",
        "https://developers.coolset.com/",
    };
}
