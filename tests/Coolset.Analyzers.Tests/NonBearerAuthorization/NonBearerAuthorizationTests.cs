using System;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<Coolset.Analyzers.Rules.NonBearerAuthorizationAnalyzer, Coolset.Analyzers.CodeFixes.NonBearerAuthorizationCodeFixProvider>;

namespace Coolset.Analyzers.Tests.NonBearerAuthorization
{
    /// <summary>COOL009: every shape that sets a Coolset request's or client's Authorization without the Bearer scheme, and the look-alikes that stay quiet.</summary>
    public class NonBearerAuthorizationTests
    {
        private const string CoolsetUrl = "https://developers.coolset.com/api/items";

        /// <summary>Each line sets the header of <c>request</c> (a Coolset request) or <c>client</c> (the client that sends it).</summary>
        public static TheoryData<string> ReportedLines => new()
        {
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Basic\", token)|};",
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"token\", token)|};",
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\" Digest \", token)|};",
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Basic\")|};",
            "request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(parameter: token, scheme: \"Basic\")|};",
            "request.Headers.Authorization = {|COOL009:new(\"Token\", token)|};",
            "request.Headers.Authorization = {|COOL009:new\n            (\"Token\", token)|};",
            "request.Headers.Authorization = {|COOL009:new System.Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", token)|};",
            "request.Headers.Authorization = {|COOL009:new global::System.Net.Http.Headers.@AuthenticationHeaderValue(\"Basic\", token)|};",
            "const string Scheme = \"Basic\"; request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(Scheme, token)|};",
            "var auth = {|COOL009:new AuthenticationHeaderValue(\"Basic\", token)|}; request.Headers.Authorization = auth;",
            "client.DefaultRequestHeaders.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Basic\", token)|};",
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(token)|};",
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"))|};",
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(\"Basic dXNlcjpwYXNz\")|};",
            "request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(\"Token \" + token)|};",
            "if ({|COOL009:AuthenticationHeaderValue.TryParse(token, out var parsed)|}) { request.Headers.Authorization = parsed; }",
            "{|COOL009:request.Headers.Add(\"Authorization\", token)|};",
            "{|COOL009:request.Headers.Add(\"authorization\", Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"))|};",
            "var key = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"); {|COOL009:request.Headers.Add(\"Authorization\", key)|};",
            "{|COOL009:request.Headers.TryAddWithoutValidation(\"AUTHORIZATION\", \"Token \" + token)|};",
            "{|COOL009:request.Headers.Add(\"Authorization\", $\"Token {token}\")|};",
            "{|COOL009:request.Headers.Add(\"Authorization\", \"Basic dXNlcjpwYXNz\")|};",
            "{|COOL009:request.Headers.Add(\"Authorization\", \"Basic \" + Convert.ToBase64String(new byte[] { 1 }))|};",
            "var header = \"Token \" + token; {|COOL009:request.Headers.Add(\"Authorization\", header)|};",
            "{|COOL009:client.DefaultRequestHeaders.Add(\"Authorization\", token)|};",
            "{|COOL009:client.DefaultRequestHeaders.TryAddWithoutValidation(\"Authorization\", \"Basic dXNlcjpwYXNz\")|};",
        };

        public static TheoryData<string> QuietLines => new()
        {
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\"bearer\", token);",
            "request.Headers.Authorization = new AuthenticationHeaderValue(\" BEARER \", token);",
            "request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);",
            "request.Headers.Authorization = AuthenticationHeaderValue.Parse(\"Bearer \" + token);",
            "request.Headers.Authorization = AuthenticationHeaderValue.Parse($\"Bearer {token}\");",
            "request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);",
            "request.Headers.Authorization = AuthenticationHeaderValue.Parse(id);",
            "request.Headers.Add(\"Authorization\", \"Bearer \" + token);",
            "request.Headers.Add(\"Authorization\", $\"Bearer {token}\");",
            "request.Headers.Add(\"Authorization\", string.Concat(\"Bearer \", token));",
            "request.Headers.Add(\"Authorization\", $\"{scheme} {token}\");",
            "request.Headers.Add(\"Authorization\", scheme + \" \" + token);",
            "var header = \"Bearer \" + token; request.Headers.Add(\"Authorization\", header);",
            "request.Headers.Add(\"Authorization\", authorization);",
            "request.Headers.Add(\"Authorization\", id);",
            "request.Headers.Add(\"Authorization\", \"none\");",
            "request.Headers.Add(\"Proxy-Authorization\", token);",
            "request.Headers.Add(\"Proxy-Authorization\", \"Basic dXNlcjpwYXNz\");",
            "request.Headers.ProxyAuthorization = new AuthenticationHeaderValue(\"Basic\", token);",
            "request.Headers.Add(\"X-Api-Key\", token);",
            "var other = new AuthenticationHeaderValue(\"Basic\", token);",
            "var parsed = AuthenticationHeaderValue.Parse(token);",
        };

        private static string Wrap(string line, string url = CoolsetUrl) =>
            "using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n\n" +
            "class C\n{\n    async Task M(string token, string scheme, string id, string authorization)\n    {\n" +
            "        using var client = new HttpClient();\n" +
            "        var request = new HttpRequestMessage(HttpMethod.Get, \"" + url + "\");\n" +
            "        " + line + "\n" +
            "        await client.SendAsync(request);\n    }\n}\n";

        private static string WithoutMarkup(string line) => line.Replace("{|COOL009:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);

        [Theory]
        [MemberData(nameof(ReportedLines))]
        public async Task Non_bearer_authorization_of_a_coolset_request_is_reported(string line)
        {
            await Verify.VerifyAnalyzerAsync(Wrap(line));
        }

        [Theory]
        [MemberData(nameof(ReportedLines))]
        public async Task The_same_lines_are_quiet_for_another_host(string line)
        {
            await Verify.VerifyAnalyzerAsync(Wrap(WithoutMarkup(line), "https://api.example.com/v1/items"));
        }

        [Theory]
        [MemberData(nameof(ReportedLines))]
        public async Task The_same_lines_are_quiet_for_a_look_alike_host(string line)
        {
            await Verify.VerifyAnalyzerAsync(Wrap(WithoutMarkup(line), "https://coolset.com.example.org/v1/items"));
        }

        [Theory]
        [MemberData(nameof(QuietLines))]
        public async Task Bearer_values_and_look_alikes_are_quiet(string line)
        {
            await Verify.VerifyAnalyzerAsync(Wrap(line));
        }

        [Fact]
        public async Task Creations_written_with_an_alias_of_the_type_are_reported()
        {
            // The creations are found in the file's text: the aliases (this file's and any file's global ones) count too.
            var test = new Verify.Test
            {
                TestState =
                {
                    Sources =
                    {
                        """
                        using System.Net.Http;
                        using Header = System.Net.Http.Headers.AuthenticationHeaderValue;

                        class C
                        {
                            HttpRequestMessage M(string token)
                            {
                                var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                                request.Headers.Authorization = {|COOL009:new Header("Basic", token)|};
                                var second = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                                second.Headers.Authorization = {|COOL009:new GlobalHeader("Token", token)|};
                                return second;
                            }
                        }
                        """,
                        "global using GlobalHeader = System.Net.Http.Headers.AuthenticationHeaderValue;\n",
                    },
                },
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task Messages_name_the_scheme_and_never_the_value()
        {
            var source = """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;

                class C
                {
                    HttpClient M(string token)
                    {
                        var client = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/") };
                        client.DefaultRequestHeaders.Authorization = {|#0:new AuthenticationHeaderValue("Basic", token)|};
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        {|#1:request.Headers.Add("Authorization", token)|};
                        var second = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        second.Headers.Authorization = {|#2:new AuthenticationHeaderValue("dXNlcjpwYXNzd29yZA==", token)|};
                        var third = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        {|#3:third.Headers.Add("Authorization", "Token LIVE_TOKEN")|};
                        return client;
                    }
                }
                """.Replace("LIVE_TOKEN", "sk_" + "live_4f9Xq2Lm8Rt5Vb1Nc7Kd", StringComparison.Ordinal);
            await Verify.VerifyAnalyzerAsync(
                source,
                Verify.Diagnostic("COOL009").WithLocation(0).WithArguments("client", "uses the 'Basic' scheme; the Coolset API expects 'Bearer'"),
                Verify.Diagnostic("COOL009").WithLocation(1).WithArguments("request", "carries a token without the 'Bearer' scheme"),
                Verify.Diagnostic("COOL009").WithLocation(2).WithArguments("request", "uses another scheme than 'Bearer'"),
                Verify.Diagnostic("COOL009").WithLocation(3).WithArguments("request", "uses the 'Token' scheme; the Coolset API expects 'Bearer'"));
        }

        [Fact]
        public async Task Requests_and_clients_that_carry_a_coolset_request_in_other_ways_are_reported()
        {
            await Verify.VerifyAnalyzerAsync("""
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    private readonly HttpClient _http;

                    C(string apiToken)
                    {
                        _http = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/api/") };
                        _http.DefaultRequestHeaders.Authorization = {|COOL009:new AuthenticationHeaderValue("Token", apiToken)|};
                    }

                    HttpRequestMessage Build(string apiToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                        request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue("Basic", apiToken)|};
                        return request;
                    }

                    HttpRequestMessage Inline(string apiToken) =>
                        new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items")
                        {
                            Headers = { Authorization = {|COOL009:new AuthenticationHeaderValue("Basic", apiToken)|} },
                        };

                    async Task Send(HttpClient client, string apiToken)
                    {
                        client.DefaultRequestHeaders.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(apiToken)|};
                        await client.GetAsync("https://developers.coolset.com/api/items");
                    }

                    async Task Relative(string apiToken)
                    {
                        using var client = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/api/") };
                        using var request = new HttpRequestMessage(HttpMethod.Get, "items");
                        {|COOL009:request.Headers.Add("Authorization", apiToken)|};
                        await client.SendAsync(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Lambdas_and_local_functions_are_analyzed_with_their_method()
        {
            await Verify.VerifyAnalyzerAsync("""
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;

                class C
                {
                    Func<HttpRequestMessage> M(string apiToken)
                    {
                        HttpRequestMessage Local()
                        {
                            var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                            {|COOL009:request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz")|};
                            return request;
                        }

                        Local();
                        return () =>
                        {
                            var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                            request.Headers.Authorization = {|COOL009:AuthenticationHeaderValue.Parse(apiToken)|};
                            return request;
                        };
                    }
                }
                """);
        }

        [Fact]
        public async Task Requests_and_clients_of_other_hosts_or_unknown_hosts_are_quiet()
        {
            await Verify.VerifyAnalyzerAsync("""
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    private readonly HttpClient _http;

                    C(string apiToken, string baseUrl)
                    {
                        _http = new HttpClient { BaseAddress = new Uri(baseUrl) };
                        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", apiToken);
                    }

                    async Task Other(string apiToken)
                    {
                        using var client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", apiToken);
                        await client.GetAsync("https://api.github.com/user");
                        await client.GetAsync("http://localhost:5000/");
                    }

                    async Task Unknown(string apiToken, string host, HttpRequestMessage given)
                    {
                        using var client = new HttpClient();
                        var request = new HttpRequestMessage(HttpMethod.Get, $"https://{host}/api/items");
                        request.Headers.Add("Authorization", apiToken);
                        given.Headers.Add("Authorization", apiToken);
                        await client.SendAsync(request);
                        await client.SendAsync(given);
                    }

                    HttpRequestMessage Content(string apiToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, "https://developers.coolset.com/api/items") { Content = new StringContent("{}") };
                        request.Content.Headers.Add("X-Authorization", apiToken);
                        return request;
                    }
                }
                """);
        }

        [Fact]
        public async Task Api_hosts_option_makes_a_proxy_a_coolset_host()
        {
            var test = new Verify.Test
            {
                TestCode = Wrap("request.Headers.Authorization = {|COOL009:new AuthenticationHeaderValue(\"Basic\", token)|};", "https://coolset-proxy.acme.example/api/items"),
            };
            test.TestState.AnalyzerConfigFiles.Add(EditorConfig.With("coolset.api_hosts = coolset-proxy.acme.example"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Generated_code_is_quiet()
        {
            await Verify.VerifyAnalyzerAsync("// <auto-generated/>\n" + Wrap(WithoutMarkup("request.Headers.Authorization = new AuthenticationHeaderValue(\"Basic\", token);")));
        }

        [Fact]
        public async Task Half_typed_code_does_not_crash()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System.Net.Http;
                    using System.Net.Http.Headers;

                    class C
                    {
                        void M(string token)
                        {
                            var request = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/items");
                            request.Headers.Authorization = new AuthenticationHeaderValue(
                            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", );
                            request.Headers.Authorization = AuthenticationHeaderValue.Parse();
                            request.Headers.Add("Authorization", );
                            request.Headers.Add(, token);
                            request.Headers.TryAddWithoutValidation("Authorization");
                            AuthenticationHeaderValue.TryParse(token, out );
                            undefined.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
                            request.Headers.Authorization = new Missing("Basic", token);
                        }
                    }
                    """,
            };
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            test.ExpectedDiagnostics.Clear();
            await test.RunAsync(CancellationToken.None);
        }
    }
}
