using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenInUrlAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL008: what is reported (every string form) and the look-alikes that stay quiet.</summary>
    public class TokenInUrlTests
    {
        /// <summary>A client class; BODY is the body of a method with a token, an API key and a page number in scope.</summary>
        private static string InClient(string body) => """
            using System;
            using System.Net.Http;

            class CoolsetClient
            {
                private const string BaseUrl = "https://developers.coolset.com/v1";
                private readonly HttpClient _http = new HttpClient();

                void M(string apiKey, int page, string host, string cursor)
                {
                    var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    BODY
                }

                void Use(object url) { }
            }
            """.Replace("BODY", body);

        [Theory]
        [InlineData("""Use({|#0:"https://developers.coolset.com/v1/items?access_token=abc123def456"|});""", "query parameter 'access_token'")]
        [InlineData("""Use({|#0:@"https://developers.coolset.com/v1/items?a=1&TOKEN=abc123def456&b=2"|});""", "query parameter 'TOKEN'")]
        [InlineData("Use({|#0:\"\"\"\n        https://API.Coolset.COM/v1/items?Api_Key=abc123def456\n        \"\"\"|});", "query parameter 'Api_Key'")]
        [InlineData("""Use({|#0:"https://developers.coolset.com/v1/items?apikey=abc123def456#top"|});""", "query parameter 'apikey'")]
        [InlineData("""Use(new Uri({|#0:"https://developers-scranton.coolset.com/v1?token=sk_live_1234567890abcdef"|}));""", "query parameter 'token'")]
        [InlineData("""Use({|#0:"https://developers.coolset.com/v1/sk_live_1234567890abcdef/items"|});""", "the path")]
        public async Task Token_in_a_literal_url_is_reported(string statement, string place)
        {
            await Verify.VerifyAnalyzerAsync(InClient(statement), Verify.Diagnostic("COOL008").WithLocation(0).WithArguments(place));
        }

        [Theory]
        [InlineData("""Use({|#0:$"https://developers.coolset.com/v1/items?page={page}&token={token}"|});""", "query parameter 'token'")]
        [InlineData("""Use({|#0:$"{BaseUrl}/items?access_token={token}"|});""", "query parameter 'access_token'")]
        [InlineData("""Use({|#0:$"https://developers.coolset.com/v1/items?key={apiKey}"|});""", "query parameter 'key'")]
        [InlineData("""Use({|#0:$"https://developers.coolset.com/v1/{token}/items"|});""", "the path")]
        [InlineData("""Use({|#0:BaseUrl + "/items?apikey=" + apiKey|});""", "query parameter 'apikey'")]
        [InlineData("""Use({|#0:"https://developers.coolset.com/v1/items?page=" + page + "&api_key=" + apiKey + "&b=2"|});""", "query parameter 'api_key'")]
        [InlineData("""Use({|#0:string.Concat(BaseUrl, "/items?token=", token)|});""", "query parameter 'token'")]
        [InlineData("""Use({|#0:string.Format("https://developers.coolset.com/v1/items?page={0}&token={1}", page, token)|});""", "query parameter 'token'")]
        [InlineData("""Use(new Uri({|#0:$"https://developers.coolset.com/v1/items?token={token}"|}));""", "query parameter 'token'")]
        [InlineData("""Use(new Uri({|#0:"https://developers.coolset.com/v1/items?token=" + Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")|}, UriKind.Absolute));""", "query parameter 'token'")]
        [InlineData("""Use({|#0:$"https://developers.coolset.com/v1/items?token={token}&api_key={apiKey}"|});""", "query parameter 'token', query parameter 'api_key'")]
        public async Task Token_value_in_a_hole_or_operand_is_reported_once_on_the_whole_url(string statement, string place)
        {
            await Verify.VerifyAnalyzerAsync(InClient(statement), Verify.Diagnostic("COOL008").WithLocation(0).WithArguments(place));
        }

        [Fact]
        public async Task Url_in_a_local_then_sent_is_reported_where_it_is_built()
        {
            await Verify.VerifyAnalyzerAsync(InClient("""
                var url = {|COOL008:$"https://developers.coolset.com/v1/items?token={token}"|};
                        _http.GetAsync(url);
                """));
        }

        [Fact]
        public async Task Url_built_on_a_constant_of_another_file_is_reported()
        {
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenInUrlAnalyzer, EmptyCodeFixProvider>.Test
            {
                TestCode = InClient("""
                    Use({|#0:Endpoints.Items + "?token=" + token|});
                            Use({|#1:string.Concat(Endpoints.Items, "/", token)|});
                            Use(Endpoints.Items);
                    """),
            };
            test.TestState.Sources.Add("""
                static class Endpoints
                {
                    public const string Base = "https://developers.coolset.com/v1";
                    public const string Items = Base + "/items";
                }
                """);
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL008").WithLocation(0).WithArguments("query parameter 'token'"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL008").WithLocation(1).WithArguments("the path"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Url_built_on_a_constant_local_is_reported()
        {
            await Verify.VerifyAnalyzerAsync(InClient("""
                const string Local = "https://developers.coolset.com/v1";
                        const string Items = Local + "/items";
                        Use({|#0:$"{Items}?token={token}"|});
                        Use({|#1:Local + "/" + token|});
                        Use($"{Items}?page={page}");
                """),
                Verify.Diagnostic("COOL008").WithLocation(0).WithArguments("query parameter 'token'"),
                Verify.Diagnostic("COOL008").WithLocation(1).WithArguments("the path"));
        }

        [Fact]
        public async Task Url_built_by_a_long_concatenation_is_read_from_its_first_piece()
        {
            // 24 operands: the literal with :// lies far down the left spine of the + chain.
            var pieces = string.Concat(System.Linq.Enumerable.Repeat(" + \"&p=\" + page", 11));
            await Verify.VerifyAnalyzerAsync(InClient(
                "Use({|#0:\"https://developers.coolset.com/v1/items?a=1\"" + pieces + " + \"&token=\" + token|});"),
                Verify.Diagnostic("COOL008").WithLocation(0).WithArguments("query parameter 'token'"));
        }

        [Fact]
        public async Task Url_with_several_constant_pieces_is_reported_once()
        {
            await Verify.VerifyAnalyzerAsync(InClient("""
                Use({|#0:$"{BaseUrl}/items?next=https://developers.coolset.com/v1&token={token}&base={BaseUrl}"|});
                """),
                Verify.Diagnostic("COOL008").WithLocation(0).WithArguments("query parameter 'token'"));
        }

        [Theory]
        [InlineData("""Use("https://developers.coolset.com/v1/items?page_token=abc123def456&next_token=abc123def456");""")]
        [InlineData("""Use($"https://developers.coolset.com/v1/items?page_token={cursor}");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token&b=2");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=YOUR_TOKEN");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=<token>");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token={token}");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=xxxxxxxx");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=$COOLSET_API_TOKEN");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=%s");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?token=COOLSET_API_TOKEN");""")]
        [InlineData("""Use("https://api.example.com/v1/items?token=abc123def456");""")]
        [InlineData("""Use("https://coolset.com.evil.io/v1/items?token=abc123def456");""")]
        [InlineData("""Use("https://notcoolset.com/v1/items?access_token=abc123def456");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items#token=abc123def456");""")]
        [InlineData("""Use($"https://{host}/v1/items?token={token}");""")]
        [InlineData("""Use($"https://developers.coolset.com{host}/v1/items?token={token}");""")]
        [InlineData("""Use($"https://developers.coolset.com/v1/items?token={cursor}");""")]
        [InlineData("""Use($"https://developers.coolset.com/v1/items/{page}?id={cursor}");""")]
        [InlineData("""Use("https://developers.coolset.com/v1/items?page=" + page);""")]
        [InlineData("""Use(host + "?token=" + token);""")]
        [InlineData("""Use($"https://developers.coolset.com/v1/items?len={token.Length}");""")]
        [InlineData("""Use("see the token= parameter in the docs");""")]
        public async Task Look_alikes_are_quiet(string statement)
        {
            await Verify.VerifyAnalyzerAsync(InClient(statement));
        }

        [Fact]
        public async Task Message_names_the_parameter_never_the_token()
        {
            var source = InClient("""Use({|#0:"https://developers.coolset.com/v1?access_token=sk_live_1234567890abcdef"|});""");
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenInUrlAnalyzer, EmptyCodeFixProvider>.Test { TestCode = source };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL008").WithLocation(0)
                .WithMessage("A Coolset API token is sent in the URL (query parameter 'access_token'); send it in the Authorization header"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Configured_api_host_counts()
        {
            var source = InClient("""
                Use({|COOL008:"https://api.contoso.com/v1?token=abc123def456"|});
                        Use({|COOL008:"https://eu.api.contoso.com/v1?token=abc123def456"|});
                        Use("https://contoso.com/v1?token=abc123def456");
                """);
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenInUrlAnalyzer, EmptyCodeFixProvider>.Test { TestCode = source };
            test.TestState.AnalyzerConfigFiles.Add(EditorConfig.With("coolset.api_hosts = api.contoso.com | *.api.contoso.com"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Half_typed_code_does_not_crash()
        {
            var source = """
                class C
                {
                    void M(string token)
                    {
                        var a = $"https://developers.coolset.com/v1?token={}";
                        var b = "https://developers.coolset.com/v1?token=" + ;
                        var c = string.Format("https://developers.coolset.com/v1?token={0", token);
                        var d = string.Format("https://developers.coolset.com/v1?token={7}", token);
                        var e = new System.Uri($"https://developers.coolset.com/{undefined}?token={token.Missing}");
                    }
                }
                """;
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenInUrlAnalyzer, EmptyCodeFixProvider>.Test { TestCode = source };
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            test.ExpectedDiagnostics.Clear();
            test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            await test.RunAsync(CancellationToken.None);
        }
    }
}
