using System.Threading.Tasks;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Coolset.Analyzers.Rules.RequestWithoutAuthorizationAnalyzer>;

namespace Coolset.Analyzers.Tests.RequestWithoutAuthorization
{
    /// <summary>COOL005 on control flow: branches, early returns, loops, try/finally, using, local functions.</summary>
    public class RequestWithoutAuthorizationFlowTests
    {
        private const string Usings = "using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n";

        [Fact]
        public async Task Header_set_on_one_branch_only_is_reported()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task M(string token, bool authorize)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        if (authorize)
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        }

                        await {|COOL005:client.SendAsync(request)|};
                    }
                }
                """);
        }

        [Fact]
        public async Task Header_set_on_both_branches_or_before_an_early_return_is_quiet()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task M(string token, bool admin)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        if (admin)
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        }
                        else
                        {
                            request.Headers.Add("Authorization", "Bearer " + token);
                        }

                        await client.SendAsync(request);
                    }

                    async Task Early(string? token)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        if (token == null)
                        {
                            return;
                        }

                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        await client.SendAsync(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Early_send_before_the_header_is_reported()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task M(string token, bool quick)
                    {
                        using var client = new HttpClient();
                        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        if (quick)
                        {
                            await {|COOL005:client.SendAsync(request)|};
                            return;
                        }

                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        await client.SendAsync(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Loops_create_a_new_request_each_time()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task M(string token, string[] ids)
                    {
                        using var client = new HttpClient();
                        foreach (var id in ids)
                        {
                            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items/" + id);
                            await {|COOL005:client.SendAsync(request)|};
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        }

                        for (var i = 0; i < ids.Length; i++)
                        {
                            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items/" + ids[i]);
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            await client.SendAsync(request);
                        }
                    }
                }
                """);
        }

        [Fact]
        public async Task Try_finally_and_using_blocks_follow_the_reader()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task M(string token)
                    {
                        using (var client = new HttpClient())
                        {
                            try
                            {
                                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                                await client.GetAsync("https://api.coolset.com/v1/items");
                            }
                            finally
                            {
                                Console.WriteLine("done");
                            }
                        }

                        using (var other = new HttpClient())
                        {
                            try
                            {
                                await {|COOL005:other.GetAsync("https://api.coolset.com/v1/items")|};
                            }
                            finally
                            {
                                other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            }
                        }
                    }
                }
                """);
        }

        [Fact]
        public async Task Local_functions_and_lambdas_are_analyzed_on_their_own()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    void M(string token)
                    {
                        Func<Task> send = async () =>
                        {
                            using var client = new HttpClient();
                            await {|COOL005:client.GetAsync("https://api.coolset.com/v1/items")|};
                        };

                        async Task SendAsync()
                        {
                            using var client = new HttpClient();
                            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            await client.GetAsync("https://api.coolset.com/v1/items");
                        }
                    }

                    async Task Captured(string token)
                    {
                        using var client = new HttpClient();
                        void Authorize() => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        Authorize();
                        await client.GetAsync("https://api.coolset.com/v1/items");
                    }
                }
                """);
        }

        /// <summary>
        /// A header set by an earlier statement settles a send without a graph only while nothing can undo or skip it:
        /// these pin each condition of that shortcut (a rewritten request, a goto past the header; a lambda sent later is in
        /// RequestWithoutAuthorizationClientTests).
        /// </summary>
        [Fact]
        public async Task Header_set_earlier_counts_only_when_nothing_undoes_or_skips_it()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task Earlier(HttpClient client, string token, bool retry)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        if (retry)
                        {
                            await client.SendAsync(request);
                        }

                        await client.SendAsync(request);
                    }

                    async Task Rewritten(string token)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/other");
                        await {|COOL005:client.SendAsync(request)|};
                    }

                    async Task Skipped(string token, bool fast)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        if (fast) goto send;
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        send:
                        await {|COOL005:client.SendAsync(request)|};
                    }
                }

                """);
        }
    }
}
