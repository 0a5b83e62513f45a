namespace Coolset.Samples;

/// <summary>Text that looks like a token or a credential but is not one. None of it is reported.</summary>
internal static class LookAlikes
{
    // A bare prefix, used to check what the environment holds.
    public static bool IsLiveToken(string value) => value.StartsWith("sk_live_", StringComparison.Ordinal);

    // Placeholders, as in the Coolset documentation and in templates.
    public const string DocumentedHeader = "Authorization: Bearer YOUR_API_TOKEN";
    public const string MaskedToken = "sk_live_xxxxxxxxxxxxxxxx";
    public const string TokenTemplate = "sk_live_<your token>";
    public const string ElidedToken = "sk_live_1234...";

    // "Bearer" in prose, in a challenge, and followed by a reference to a variable.
    public const string AuthenticationError = "Bearer authentication failed";
    public const string Challenge = "WWW-Authenticate: Bearer realm=\"coolset\"";
    public const string ShellHeader = "Authorization: Bearer $COOLSET_API_TOKEN";
    public const string VariableHeader = "Bearer COOLSET_API_TOKEN";

    // A Bearer value built at run time from a token that was read at run time.
    public static string AuthorizationValue(string token) => $"Bearer {token}";

    // A phrase in a test fixture, and a help text that shows an example value.
    public const string FixtureHeader = "Bearer new-access-token";
    public const string HelpText = "JWT Authorization header using the Bearer scheme. Example: 'Bearer 12345abcdef'";

    // The bare word "token" where it is not a credential: a lexer's tokens (this type handles no HTTP, configuration
    // or authentication), and an LLM's streamed tokens (a foreach variable never counts by its name).
    public static void PrintFirstToken(string expression)
    {
        string token = NextToken(expression);
        Console.WriteLine(token);
    }

    public static void PrintTokens(IEnumerable<string> streamed)
    {
        foreach (var token in streamed)
        {
            Console.Write(token);
        }
    }

    private static string NextToken(string expression) => expression.Split(' ')[0];

    // A comment about "Bearer <credential>" headers and sk_live_ prefixes is fine.
}
