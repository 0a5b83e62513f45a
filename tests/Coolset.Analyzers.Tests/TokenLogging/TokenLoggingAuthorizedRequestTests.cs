using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// An <c>HttpRequestMessage</c>, its <c>Headers</c> and a client's <c>DefaultRequestHeaders</c> print every header
    /// when logged: once the method authorized them with a token value, logging them logs the token.
    /// </summary>
    public class TokenLoggingAuthorizedRequestTests
    {
        private const string Template = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;

            class Client
            {
                void M(HttpClient client, string payload)
                {
                    var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                    STATEMENTS
                    Console.WriteLine(VALUE);
                }

                static string Sign(string payload) => payload.GetHashCode().ToString();
            }
            """;

        [Theory]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request")]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request.Headers")]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request.ToString()")]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "$\"sending {request}\"")]
        [InlineData("request.Headers.Add(\"Authorization\", \"Bearer \" + token);", "request")]
        [InlineData("request.Headers.TryAddWithoutValidation(\"authorization\", $\"Bearer {token}\");", "request.Headers")]
        [InlineData("client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "client.DefaultRequestHeaders")]
        [InlineData("client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer \" + token);", "client.DefaultRequestHeaders.ToString()")]
        public async Task A_request_or_headers_authorized_with_a_token_value_is_reported(string statements, string value)
        {
            var source = Source(statements, "{|COOL003:" + value + "|}");
            await Verify.VerifyAnalyzerAsync(source);
        }

        [Theory]
        [InlineData("", "request")] // never authorized
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", Sign(payload));", "request")] // not a token value
        [InlineData("request.Headers.Add(\"Accept\", token);", "request")] // another header (a mistake, but not this rule's)
        [InlineData("client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "client")] // a client prints its type name
        [InlineData("client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request")] // the client's headers, not the request's
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request.RequestUri")]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);", "request.Method")]
        public async Task Requests_and_headers_without_a_token_are_quiet(string statements, string value)
        {
            await Verify.VerifyAnalyzerAsync(Source(statements, value));
        }

        private static string Source(string statements, string value) =>
            Template.Replace("STATEMENTS", statements).Replace("VALUE", value);
    }
}
