using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Rules;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    public class HardcodedTokenTests
    {
        [Fact]
        public async Task Live_token_in_a_local_is_read_from_the_environment()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    void M()
                    {
                        string token = {|COOL001:"sk_live_1234567890abcdef"|};
                    }
                }
                """,
                """
                using System;

                class C
                {
                    void M()
                    {
                        string token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");
                    }
                }
                """);
        }

        [Fact]
        public async Task Bearer_credential_in_a_header_keeps_the_Bearer_prefix()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System.Net.Http;

                class C
                {
                    void M(HttpRequestMessage request)
                    {
                        request.Headers.Add("Authorization", {|COOL002:"Bearer 0a1b2c3d4e5f6a7b8c9d"|});
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;

                class C
                {
                    void M(HttpRequestMessage request)
                    {
                        request.Headers.Add("Authorization", $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}");
                    }
                }
                """);
        }

        [Fact]
        public async Task Bearer_token_is_one_COOL001_and_keeps_the_Bearer_prefix()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    string Header() => {|COOL001:"Bearer sk_live_1234567890abcdef"|};
                }
                """,
                """
                using System;

                class C
                {
                    string Header() => $"Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                }
                """);
        }

        [Fact]
        public async Task Token_in_the_text_of_an_interpolated_string_becomes_a_hole()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    string Url(int page) => $"{|COOL007:https://developers.coolset.com/api/orders/?token=sk_test_1234567890abcdef&page=|}{page}";
                }
                """,
                """
                using System;

                class C
                {
                    string Url(int page) => $"https://developers.coolset.com/api/orders/?token={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}&page={page}";
                }
                """);
        }
    }
}
