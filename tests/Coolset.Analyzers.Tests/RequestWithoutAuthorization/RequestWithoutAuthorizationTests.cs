using System.Threading.Tasks;
using Coolset.Analyzers.Rules;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Coolset.Analyzers.Rules.RequestWithoutAuthorizationAnalyzer>;

namespace Coolset.Analyzers.Tests.RequestWithoutAuthorization
{
    /// <summary>COOL005: which requests are Coolset requests, and which ways of authorizing count.</summary>
    public class RequestWithoutAuthorizationTests
    {
        private static Task ReportsAsync(string body) => Verify.VerifyAnalyzerAsync(Wrap(body));

        private static string Wrap(string body) =>
            "using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Net.Http.Json;\nusing System.Threading.Tasks;\n" +
            "class C\n{\n    async Task M(string token, string id)\n    {\n" + body + "\n    }\n}\n";

        [Theory]
        [InlineData("await {|COOL005:client.GetAsync(\"https://api.coolset.com/v1/items\")|};")]
        [InlineData("await {|COOL005:client.GetStringAsync(new Uri(\"https://api.coolset.com/v1/items\"))|};")]
        [InlineData("await {|COOL005:client.GetStreamAsync($\"https://api.coolset.com/v1/items/{id}\")|};")]
        [InlineData("await {|COOL005:client.GetByteArrayAsync(\"https://API.Coolset.com/v1/items\")|};")]
        [InlineData("await {|COOL005:client.PostAsync(\"https://api.coolset.com/v1/items\", null)|};")]
        [InlineData("await {|COOL005:client.PutAsync(\"https://api.coolset.com/v1/items\", null)|};")]
        [InlineData("await {|COOL005:client.PatchAsync(\"https://api.coolset.com/v1/items\", null)|};")]
        [InlineData("await {|COOL005:client.DeleteAsync(\"https://api.coolset.com/v1/items/\" + id)|};")]
        [InlineData("await {|COOL005:client.GetFromJsonAsync<string>(\"https://api.coolset.com/v1/items\")|};")]
        [InlineData("await {|COOL005:client.PostAsJsonAsync(\"https://api.coolset.com/v1/items\", id)|};")]
        [InlineData("var url = \"https://api.coolset.com/v1/items\"; await {|COOL005:client.GetAsync(url)|};")]
        [InlineData("await client?{|COOL005:.GetAsync(\"https://api.coolset.com/v1/items\")|}!;")]
        [InlineData("await {|COOL005:HttpClientJsonExtensions.GetFromJsonAsync<string>(client, \"https://api.coolset.com/v1/items\")|};")]
        [InlineData("await {|COOL005:client.@SendAsync(new HttpRequestMessage(HttpMethod.Get, \"https://api.coolset.com/v1/items\"))|};")]
        public async Task Convenience_calls_on_a_new_client_are_reported(string call)
        {
            await ReportsAsync("        using var client = new HttpClient();\n        " + call);
        }

        [Fact]
        public async Task Request_message_sent_without_the_header_is_reported_once()
        {
            await ReportsAsync("""
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        await {|COOL005:client.SendAsync(request)|};
                        client.Send(request);
                """);
        }

        [Fact]
        public async Task Request_uri_assigned_later_and_initializer_count()
        {
            await ReportsAsync("""
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage { Method = HttpMethod.Get };
                        request.RequestUri = new Uri("https://api.coolset.com/v1/items");
                        await {|COOL005:client.SendAsync(request)|};
                        var other = new HttpRequestMessage { RequestUri = new Uri("https://api.coolset.com/v1/other") };
                        await {|COOL005:client.SendAsync(other)|};
                """);
        }

        [Fact]
        public async Task Relative_uri_through_a_coolset_base_address_is_reported()
        {
            await ReportsAsync("""
                        var client = new HttpClient { BaseAddress = new Uri("https://api.coolset.com/") };
                        await {|COOL005:client.GetAsync("v1/items")|};
                        var second = new HttpClient();
                        second.BaseAddress = new Uri("https://api.coolset.com/");
                        await {|COOL005:second.SendAsync(new HttpRequestMessage(HttpMethod.Get, "v1/items"))|};
                """);
        }

        [Theory]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData("request.Headers.Add(\"Authorization\", \"Bearer \" + token);")]
        [InlineData("request.Headers.TryAddWithoutValidation(\"authorization\", \"Bearer \" + token);")]
        [InlineData("request.Headers.Authorization = new AuthenticationHeaderValue(\"Basic\", token);")]
        [InlineData("client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);")]
        [InlineData("client.DefaultRequestHeaders.Add(\"AUTHORIZATION\", \"Bearer \" + token);")]
        public async Task Every_way_of_authorizing_counts(string authorize)
        {
            await ReportsAsync("""
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");

                """ + "        " + authorize + "\n        await client.SendAsync(request);");
        }

        [Fact]
        public async Task Header_in_the_request_initializer_counts()
        {
            await ReportsAsync("""
                        using var client = new HttpClient();
                        await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
                """);
        }

        [Theory]
        [InlineData("https://example.com/v1/items")]
        [InlineData("https://coolset.com.evil.io/v1/items")]
        [InlineData("v1/items")]
        public async Task Other_hosts_and_unknown_bases_are_not_coolset_requests(string url)
        {
            await ReportsAsync("        using var client = new HttpClient();\n        await client.GetAsync(\"" + url + "\");");
        }

        [Fact]
        public async Task Non_constant_urls_are_not_coolset_requests()
        {
            await ReportsAsync("""
                        using var client = new HttpClient();
                        await client.GetAsync(id);
                        await client.GetAsync(id + "https://api.coolset.com/");
                """);
        }
    }
}
