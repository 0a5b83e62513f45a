using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenInUrlAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenInUrlCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL008 fix: the parameter leaves the URL cleanly and the Bearer header is set on the request or the local client.</summary>
    public class TokenInUrlFixTests
    {
        private static string WithRequest(string url, string headerLine = "") => """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class CoolsetClient
            {
                private const string BaseUrl = "https://developers.coolset.com/v1";

                async Task M(HttpClient client, string apiKey, int page)
                {
                    var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    using var request = new HttpRequestMessage(HttpMethod.Get, URL);
            HEADER        await client.SendAsync(request);
                }
            }
            """.Replace("URL", url).Replace("HEADER", headerLine.Length == 0 ? string.Empty : "        " + headerLine + "\n");

        [Theory]
        [InlineData(
            """{|COOL008:"https://developers.coolset.com/v1/items?a=1&token=abc123def456&b=2"|}""",
            "\"https://developers.coolset.com/v1/items?a=1&b=2\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));""")]
        [InlineData(
            """{|COOL008:@"https://developers.coolset.com/v1/items?token=abc123def456"|}""",
            "@\"https://developers.coolset.com/v1/items\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));""")]
        [InlineData(
            """{|COOL008:"https://developers.coolset.com/v1/items?a=1&ACCESS_TOKEN=abc123def456#top"|}""",
            "\"https://developers.coolset.com/v1/items?a=1#top\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));""")]
        [InlineData(
            """{|COOL008:$"https://developers.coolset.com/v1/items?page={page}&access_token={token}"|}""",
            "$\"https://developers.coolset.com/v1/items?page={page}\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);""")]
        [InlineData(
            """{|COOL008:$"{BaseUrl}/items?token={token}&page={page,3:D}"|}""",
            "$\"{BaseUrl}/items?page={page,3:D}\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);""")]
        [InlineData(
            """{|COOL008:$"https://developers.coolset.com/v1/items?token={token}"|}""",
            "\"https://developers.coolset.com/v1/items\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);""")]
        [InlineData(
            """{|COOL008:"https://developers.coolset.com/v1/items?token=" + token + "&b=2"|}""",
            "\"https://developers.coolset.com/v1/items?b=2\"",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);""")]
        [InlineData(
            """{|COOL008:BaseUrl + "/items?page=" + page + "&apikey=" + apiKey|}""",
            """BaseUrl + "/items?page=" + page""",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);""")]
        [InlineData(
            """{|COOL008:string.Concat(BaseUrl, "/items?api_key=", apiKey, "&page=2")|}""",
            """string.Concat(BaseUrl, "/items?page=2")""",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);""")]
        [InlineData(
            """new Uri({|COOL008:$"https://developers.coolset.com/v1/items?token={token}&api_key={apiKey}"|})""",
            """new Uri("https://developers.coolset.com/v1/items")""",
            """request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);""")]
        public async Task Parameter_is_removed_and_the_request_gets_the_bearer_header(string url, string fixedUrl, string header)
        {
            await Verify.VerifyCodeFixAsync(WithRequest(url), WithRequest(fixedUrl, header), EquivalenceKeys.MoveTokenToAuthorizationHeader);
        }

        [Fact]
        public async Task Local_client_gets_the_header_once_for_every_url_of_the_method()
        {
            var source = """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;

                class CoolsetClient
                {
                    async Task M(int page)
                    {
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        using var client = new HttpClient();
                        await client.GetAsync({|COOL008:$"https://developers.coolset.com/v1/items?page={page}&token={token}"|});
                        await client.DeleteAsync({|COOL008:"https://developers.coolset.com/v1/items/7?token=" + token|});
                    }
                }
                """;
            var fixedSource = """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class CoolsetClient
                {
                    async Task M(int page)
                    {
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        using var client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        await client.GetAsync($"https://developers.coolset.com/v1/items?page={page}");
                        await client.DeleteAsync("https://developers.coolset.com/v1/items/7");
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, fixedSource, EquivalenceKeys.MoveTokenToAuthorizationHeader);
        }

        [Theory]
        [InlineData("""await client.GetAsync({|COOL008:$"https://developers.coolset.com/v1/items?token={token}"|});""")]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, {|COOL008:$"https://developers.coolset.com/v1/{token}/items"|});""")]
        [InlineData("""using var request = new HttpRequestMessage(HttpMethod.Get, {|COOL008:string.Format("https://developers.coolset.com/v1/items?token={0}", token)|});""")]
        public async Task No_fix_without_a_local_request_or_client_or_a_parameter_to_remove(string statement)
        {
            var source = """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;

                class CoolsetClient
                {
                    async Task M(HttpClient client)
                    {
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        STATEMENT
                    }
                }
                """.Replace("STATEMENT", statement);
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task No_fix_when_the_token_is_declared_after_the_client()
        {
            var source = """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;

                class CoolsetClient
                {
                    async Task M()
                    {
                        using var client = new HttpClient();
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        await client.GetAsync({|COOL008:"https://developers.coolset.com/v1/items?token=" + token|});
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }
    }
}
