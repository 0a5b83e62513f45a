using System.Threading.Tasks;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL002: hardcoded Bearer credentials, the look-alikes that stay quiet, and the fix that keeps the prefix.</summary>
    public class HardcodedTokenBearerTests
    {
        [Fact]
        public async Task Bearer_literal_keeps_its_prefix_and_reads_the_credential_from_the_environment()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string A = {|COOL002:"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"|};
                    string B = {|COOL002:"Authorization: Bearer abcdef1234567890"|};
                    string C1 = {|COOL002:"bearer abc12345"|};
                    string D = {|COOL002:"BEARER ABCDEFGHIJKLMNOPQRSTUV=="|};
                }
                """,
                """
                using System;

                class C
                {
                    string A = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string B = $"Authorization: Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string C1 = $"bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string D = $"BEARER {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                }
                """);
        }

        [Fact]
        public async Task Credentials_written_with_escape_sequences_are_found_in_the_literal_value()
        {
            // The file's text is searched first; an escape after Bearer is left to the value, which holds the credential.
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    string A = {|COOL002:"Bearer\u0020abcdef1234567890"|};
                    string B = {|COOL002:"Bearer ab\u0063def1234567890"|};
                    string C1 = {|COOL002:@"Bearer abcdef1234567890"|};
                    const string D = "Bearer authentication failed";
                    string E = "Bearer " + D;
                }
                """);
        }

        [Fact]
        public async Task AuthenticationHeaderValue_written_target_typed_or_with_an_alias()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using Header = System.Net.Http.Headers.AuthenticationHeaderValue;

                class C
                {
                    Header A = new("Bearer", {|COOL002:"abcdef1234567890"|});
                    Header B = new Header("Bearer", {|COOL002:"abcdef1234567890"|});
                    Header D = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", {|COOL002:"abcdef1234567890"|});
                }
                """);
        }

        [Fact]
        public async Task Message_shows_the_credential_redacted()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    string A = {|#0:"Bearer abcdef1234567890wxyz"|};
                    string B = {|#1:"Bearer abc12345"|};
                }
                """,
                Verify.Diagnostic("COOL002").WithLocation(0).WithArguments("Bearer \u2026wxyz"),
                Verify.Diagnostic("COOL002").WithLocation(1).WithArguments("Bearer \u2026"));
        }

        [Fact]
        public async Task Header_calls_and_AuthenticationHeaderValue_are_fixed()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;

                class C
                {
                    void M(HttpRequestMessage request, HttpClient client)
                    {
                        request.Headers.Add("Authorization", {|COOL002:"Bearer abcdef1234567890"|});
                        request.Headers.TryAddWithoutValidation("Authorization", {|COOL002:"Bearer abcdef1234567890"|});
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|COOL002:"abcdef1234567890"|});
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;

                class C
                {
                    void M(HttpRequestMessage request, HttpClient client)
                    {
                        request.Headers.Add("Authorization", $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}");
                        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}");
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                    }
                }
                """);
        }

        [Fact]
        public async Task Credential_split_over_a_concatenation_is_reported_on_the_expression()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string Header = {|COOL002:"Bearer " + "abcdef1234567890"|};
                }
                """,
                """
                using System;

                class C
                {
                    string Header = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                }
                """);
        }

        [Fact]
        public async Task A_Bearer_token_is_reported_once_as_the_token()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;
                using System.Net.Http.Headers;

                class C
                {
                    string A = {|COOL001:"Bearer sk_live_1234567890abcdef"|};
                    string B = {|COOL007:"Bearer sk_test_1234567890abcdef"|};
                    AuthenticationHeaderValue H = new("Bearer", {|COOL001:"sk_live_1234567890abcdef"|});
                }
                """,
                """
                using System;
                using System.Net.Http.Headers;

                class C
                {
                    string A = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string B = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    AuthenticationHeaderValue H = new("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                }
                """);
        }

        [Theory]
        [InlineData("Bearer authentication failed")]
        [InlineData("WWW-Authenticate: Bearer realm=\\\"api\\\"")]
        [InlineData("Bearer $COOLSET_API_TOKEN")]
        [InlineData("Bearer ${COOLSET_API_TOKEN}")]
        [InlineData("Bearer %COOLSET_API_TOKEN%")]
        [InlineData("Bearer {{token}}")]
        [InlineData("Bearer <token>")]
        [InlineData("Bearer COOLSET_API_TOKEN")]
        [InlineData("Bearer YOUR_API_TOKEN")]
        [InlineData("Bearer your-token-goes-here-123")]
        [InlineData("Bearer xxxxxxxxxxxxxxxxxxxx")]
        [InlineData("Bearer abc123...")]
        [InlineData("Bearer abc1234")]
        [InlineData("Bearer sk_live_xxxxxxxx")]
        [InlineData("Bearer ")]
        [InlineData("Bearer")]
        [InlineData("NotBearer abcdef1234567890")]
        [InlineData("Bearer\tabcdef1234567890")]
        public async Task Look_alikes_are_quiet(string text)
        {
            await Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    string Value = "{{text}}";
                }
                """);
        }

        [Fact]
        public async Task Interpolated_credentials_comments_and_other_schemes_are_quiet()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                using System.Net.Http.Headers;

                class C
                {
                    // Authorization: Bearer abcdef1234567890
                    string M(string token) => $"Bearer {token}";
                    AuthenticationHeaderValue Basic = new("Basic", "abcdef1234567890");
                    AuthenticationHeaderValue Short = new("Bearer", "abc1234");
                    AuthenticationHeaderValue Variable = new("Bearer", "COOLSET_API_TOKEN");
                    AuthenticationHeaderValue FromCode(string token) => new("Bearer", token);
                }
                """);
        }
    }
}
