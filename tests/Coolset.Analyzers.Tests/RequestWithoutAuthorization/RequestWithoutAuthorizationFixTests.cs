using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<Coolset.Analyzers.Rules.RequestWithoutAuthorizationAnalyzer, Coolset.Analyzers.CodeFixes.RequestWithoutAuthorizationCodeFixProvider>;

namespace Coolset.Analyzers.Tests.RequestWithoutAuthorization
{
    /// <summary>The COOL005 fix: the Bearer header from the configured environment variable, on the request or on a local client; Fix All in one pass.</summary>
    public class RequestWithoutAuthorizationFixTests
    {
        [Fact]
        public async Task Request_and_local_client_get_the_header_under_one_key()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System.Net.Http;
                using System.Threading.Tasks;

                class C
                {
                    async Task M()
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        await {|COOL005:client.SendAsync(request)|};
                    }

                    async Task N()
                    {
                        using var client = new HttpClient();
                        await {|COOL005:client.GetStringAsync("https://api.coolset.com/v1/items")|};
                        await {|COOL005:client.GetStringAsync("https://api.coolset.com/v1/other")|};
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
                    async Task M()
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        await client.SendAsync(request);
                    }

                    async Task N()
                    {
                        using var client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        await client.GetStringAsync("https://api.coolset.com/v1/items");
                        await client.GetStringAsync("https://api.coolset.com/v1/other");
                    }
                }
                """,
                EquivalenceKeys.SetBearerAuthorizationHeader);
        }

        [Fact]
        public async Task Configured_variable_name_is_used()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System.Net.Http;
                using System.Threading.Tasks;

                class C
                {
                    async Task M()
                    {
                        using var client = new HttpClient();
                        await {|COOL005:client.GetAsync("https://api.coolset.com/v1/items")|};
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
                    async Task M()
                    {
                        using var client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("ACME_COOLSET_KEY"));
                        await client.GetAsync("https://api.coolset.com/v1/items");
                    }
                }
                """,
                EquivalenceKeys.SetBearerAuthorizationHeader,
                null,
                "coolset.token_environment_variable = ACME_COOLSET_KEY");
        }
    }
}
