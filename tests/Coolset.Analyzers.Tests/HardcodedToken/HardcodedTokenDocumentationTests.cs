using System.Threading.Tasks;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// COOL002 on documentation and fixtures (phrases, examples), constant interpolated strings folded like
    /// concatenations, and literals that span several lines reported on the secret's own line.
    /// </summary>
    public class HardcodedTokenDocumentationTests
    {
        [Theory]
        [InlineData("Bearer new-access-token")]
        [InlineData("Bearer super-secret-token")]
        [InlineData("Bearer expired_refresh_token")]
        [InlineData("Bearer some.dotted.phrase")]
        [InlineData("Authorization: Bearer invalid-token-value")]
        [InlineData("JWT Authorization header using the Bearer scheme. Example: 'Bearer 12345abcdef'")]
        [InlineData("Send the header, e.g. Bearer 12345abcdef")]
        [InlineData("For example, Authorization: Bearer 12345abcdef")]
        [InlineData("a value such as Bearer 0a1b2c3d4e5f6a7b8c9d")]
        [InlineData("EXAMPLE: Bearer 0a1b2c3d4e5f6a7b8c9d")]
        public async Task Phrases_and_examples_are_quiet(string text)
        {
            await Verify.VerifyAnalyzerAsync(
                $$"""
                using System.Net.Http.Headers;

                class C
                {
                    string Value = "{{text}}";
                    AuthenticationHeaderValue Header = new("Bearer", "new-access-token");
                }
                """);
        }

        [Theory]
        [InlineData("Bearer new-access-token-2024", "")]
        [InlineData("Bearer New-Access-Token-Value", "")]
        [InlineData("Bearer abcdefghijklmnopqrst", "")]
        [InlineData("Bearer -leading-dash-phrase", "")]
        [InlineData("Bearer 12345abcdef (see the example below)", " (see the example below)")]
        [InlineData("Bearer 12345abcdef; other examples: none", "; other examples: none")]
        public async Task Near_phrases_and_examples_after_the_value_are_reported(string text, string rest)
        {
            await Verify.VerifyCodeFixAsync(
                $$"""
                using System;

                class C
                {
                    string? Value = {|COOL002:"{{text}}"|};
                }
                """,
                $$"""
                using System;

                class C
                {
                    string? Value = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}{{rest}}";
                }
                """);
        }

        [Fact]
        public async Task Constant_interpolated_string_is_folded_like_a_concatenation()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    const string Credential = "abcdef1234567890";
                    const string Body = "1234567890abcdef";
                    const string LivePrefix = "sk_live_";
                    private const string Header = {|COOL002:$"Bearer {Credential}"|};
                    string Line = {|COOL002:"Authorization: " + $"Bearer {Credential}"|};
                    string? Live = {|COOL001:$"sk_live_{Body}"|};
                    string? Glued = {|COOL001:$"{LivePrefix}1234567890abcdef"|};
                    string Runtime(string credential) => $"Bearer {credential}";
                    string Whole = $"{Header}";
                }
                """,
                """
                using System;

                class C
                {
                    const string Credential = "abcdef1234567890";
                    const string Body = "1234567890abcdef";
                    const string LivePrefix = "sk_live_";
                    private static readonly string Header = $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string Line = $"Authorization: Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string? Live = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    string? Glued = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    string Runtime(string credential) => $"Bearer {credential}";
                    string Whole = $"{Header}";
                }
                """);
        }

        [Fact]
        public async Task Secret_in_a_multi_line_verbatim_literal_is_reported_on_its_own_line()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                using System;

                class C
                {
                    string Script = @"curl https://developers.coolset.com/api/accounts/user-config/ \
                  -H ""Authorization: Bearer {|COOL002:0a1b2c3d4e5f6a7b8c9d|}""";
                }
                """",
                """"
                using System;

                class C
                {
                    string Script = $@"curl https://developers.coolset.com/api/accounts/user-config/ \
                  -H ""Authorization: Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}""";
                }
                """");
        }

        [Fact]
        public async Task Each_secret_of_a_multi_line_raw_literal_is_reported_on_its_own_span_and_all_are_fixed()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                using System;

                class C
                {
                    string Env = """
                        COOLSET_LIVE={|COOL001:sk_live_1234567890abcdef|}
                        COOLSET_TEST={|COOL007:sk_test_1234567890abcdef|}
                        HEADER=Bearer {|COOL002:0a1b2c3d4e5f6a7b8c9d|}
                        AGAIN={|COOL001:sk_live_1234567890abcdef|}
                        """;
                }
                """",
                """"
                using System;

                class C
                {
                    string Env = $"""
                        COOLSET_LIVE={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}
                        COOLSET_TEST={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}
                        HEADER=Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}
                        AGAIN={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}
                        """;
                }
                """");
        }

        [Fact]
        public async Task Secret_in_a_multi_line_interpolated_raw_literal_is_reported_on_its_own_span()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                using System;

                class C
                {
                    string Body(string id) => $"""
                        id: {id}
                        token: {|COOL001:sk_live_1234567890abcdef|}
                        """;
                }
                """",
                """"
                using System;

                class C
                {
                    string Body(string id) => $"""
                        id: {id}
                        token: {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}
                        """;
                }
                """");
        }

        [Fact]
        public async Task Single_line_literal_is_still_reported_as_a_whole()
        {
            await Verify.VerifyAnalyzerAsync(
                """"
                class C
                {
                    string A = {|COOL002:@"Authorization: Bearer 0a1b2c3d4e5f6a7b8c9d"|};
                    string B = {|COOL001:"""token: sk_live_1234567890abcdef"""|};
                }
                """");
        }
    }
}
