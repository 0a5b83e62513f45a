using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<Coolset.Analyzers.Rules.NonBearerAuthorizationAnalyzer, Coolset.Analyzers.CodeFixes.NonBearerAuthorizationCodeFixProvider>;

namespace Coolset.Analyzers.Tests.NonBearerAuthorization
{
    /// <summary>
    /// The COOL009 fix: the scheme argument becomes "Bearer"; a bare token, or the credential after another constant
    /// scheme, becomes <c>new AuthenticationHeaderValue("Bearer", credential)</c>; no fix where the meaning would change.
    /// Fix All is checked by every <c>VerifyCodeFixAsync</c> (document scope, one pass).
    /// </summary>
    public class NonBearerAuthorizationFixTests
    {
        private static string Wrap(string body, string usings = "using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n") =>
            usings + "\nclass C\n{\n    async Task M(string token)\n    {\n" +
            "        using var client = new HttpClient();\n" +
            "        var request = new HttpRequestMessage(HttpMethod.Get, \"https://developers.coolset.com/api/items\");\n" +
            body + "\n" +
            "        await client.SendAsync(request);\n    }\n}\n";

        [Theory]
        [InlineData(
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Basic\", token)|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData(
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue( @\"Token\" /* scheme */, token  )|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue( \"Bearer\" /* scheme */, token  );")]
        [InlineData(
            "request.Headers.Authorization = {|COOL009:new(parameter: token, scheme: \"Basic\")|};",
            "request.Headers.Authorization = new(parameter: token, scheme: \"Bearer\");")]
        [InlineData(
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(token)|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData(
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(\"Token \" + token)|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData(
            "{|COOL009:request.Headers.Add(\"Authorization\", token)|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData(
            "{|COOL009:client.DefaultRequestHeaders.TryAddWithoutValidation(\"authorization\", Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"))|}; // read once",
            "client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")); // read once")]
        [InlineData(
            "{|COOL009:request.Headers.Add(\"Authorization\", \"Token \" + token)|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData(
            "{|COOL009:request.Headers.Add(\"Authorization\", $\"Token {token}\")|};",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        public async Task Value_becomes_a_bearer_header_value(string before, string after)
        {
            await Verify.VerifyCodeFixAsync(Wrap("        " + before), Wrap("        " + after), EquivalenceKeys.UseBearerScheme);
        }

        [Theory]
        // Basic carries user:password, not a token; which token to send instead is the user's choice.
        [InlineData("{|COOL009:request.Headers.Add(\"Authorization\", \"Basic dXNlcjpwYXNz\")|};")]
        [InlineData("request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(\"Basic dXNlcjpwYXNz\")|};")]
        [InlineData("{|COOL009:request.Headers.Add(\"Authorization\", \"Basic \" + Convert.ToBase64String(new byte[] { 1 }) + \"=\")|};")]
        // A scheme without credential: there is nothing to send as the Bearer token.
        [InlineData("request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Negotiate\")|};")]
        // TryAddWithoutValidation's result is used; TryParse fills an out variable: an assignment would not compile the same.
        [InlineData("if (!{|COOL009:request.Headers.TryAddWithoutValidation(\"Authorization\", token)|}) { return; }")]
        [InlineData("if ({|COOL009:AuthenticationHeaderValue.TryParse(token, out var parsed)|}) { request.Headers.Authorization = parsed; }")]
        // A local that holds "Token " + token: the credential is not one expression at the call.
        [InlineData("var header = \"Token \" + token;\n        {|COOL009:request.Headers.Add(\"Authorization\", header)|};")]
        public async Task No_fix_where_the_meaning_would_change(string line)
        {
            var source = Wrap("        " + line);
            await Verify.VerifyCodeFixAsync(source, source, EquivalenceKeys.UseBearerScheme);
        }

        [Fact]
        public async Task Fix_all_in_a_document_adds_one_using_and_keeps_unfixable_diagnostics()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;

                class C
                {
                    async Task M(string token)
                    {
                        using var client = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/api/") };
                        client.DefaultRequestHeaders.Add("Accept", "application/json");
                        {|COOL009:client.DefaultRequestHeaders.Add("Authorization", token)|};
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        request.Headers.Authorization = {|COOL009:System.Net.Http.Headers.AuthenticationHeaderValue.Parse(token)|};
                        var other = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/other");
                        {|COOL009:other.Headers.Add("Authorization", "Basic dXNlcjpwYXNz")|};
                        await client.SendAsync(request);
                        await client.SendAsync(other);
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    async Task M(string token)
                    {
                        using var client = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/api/") };
                        client.DefaultRequestHeaders.Add("Accept", "application/json");
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        var other = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/other");
                        {|COOL009:other.Headers.Add("Authorization", "Basic dXNlcjpwYXNz")|};
                        await client.SendAsync(request);
                        await client.SendAsync(other);
                    }
                }
                """,
                EquivalenceKeys.UseBearerScheme);
        }
    }
}
