using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.InsecureCoolsetUrlAnalyzer,
    Coolset.Analyzers.CodeFixes.InsecureCoolsetUrlCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL004 in C#: every string form, the real host, the fix (scheme, port 80, the rest byte for byte) and Fix All.</summary>
    public class InsecureCoolsetUrlTests
    {
        [Fact]
        public async Task Regular_literal_is_rewritten_to_https()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    string Url = {|COOL004:"http://developers.coolset.com/api/v1/products?page=2"|};
                }
                """,
                """
                class C
                {
                    string Url = "https://developers.coolset.com/api/v1/products?page=2";
                }
                """,
                EquivalenceKeys.UseHttpsForCoolsetUrl);
        }

        [Fact]
        public async Task New_uri_is_one_diagnostic_on_the_literal()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    Uri Base = new Uri({|COOL004:"http://developers-scranton.coolset.com/"|}, UriKind.Absolute);
                }
                """,
                """
                using System;

                class C
                {
                    Uri Base = new Uri("https://developers-scranton.coolset.com/", UriKind.Absolute);
                }
                """);
        }

        [Fact]
        public async Task Any_case_of_the_scheme_and_host_and_port_80_is_dropped()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    const string A = {|COOL004:"HTTP://API.Coolset.COM:80/v1"|};
                    const string B = {|COOL004:"Http://coolset.com:8080/v1"|};
                    const string D = {|COOL004:"http://coolset.com.:80"|};
                }
                """,
                """
                class C
                {
                    const string A = "https://API.Coolset.COM/v1";
                    const string B = "https://coolset.com:8080/v1";
                    const string D = "https://coolset.com.";
                }
                """);
        }

        [Fact]
        public async Task Verbatim_raw_utf8_and_escaped_literals_keep_every_other_character()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                class C
                {
                    string A = {|COOL004:@"http://developers.coolset.com/""quoted"""|};
                    string B = {|COOL004:"""http://developers.coolset.com/raw"""|};
                    System.ReadOnlySpan<byte> U => {|COOL004:"http://developers.coolset.com/u8"u8|};
                    string D = {|COOL004:"\tsee http://developers.coolset.com:80/x\n"|};
                    string E = {|COOL004:"""
                        first line
                          http://developers.coolset.com/multi
                        """|};
                }
                """",
                """"
                class C
                {
                    string A = @"https://developers.coolset.com/""quoted""";
                    string B = """https://developers.coolset.com/raw""";
                    System.ReadOnlySpan<byte> U => "https://developers.coolset.com/u8"u8;
                    string D = "\tsee https://developers.coolset.com/x\n";
                    string E = """
                        first line
                          https://developers.coolset.com/multi
                        """;
                }
                """");
        }

        [Fact]
        public async Task Two_urls_in_one_literal_are_two_diagnostics_fixed_together()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    string A = {|COOL004:{|COOL004:"http://developers.coolset.com/a http://developers.coolset.com/a"|}|};
                }
                """,
                """
                class C
                {
                    string A = "https://developers.coolset.com/a https://developers.coolset.com/a";
                }
                """);
        }

        [Fact]
        public async Task A_secure_url_before_an_insecure_one_does_not_hide_it()
        {
            // The file's text is searched for "://" not written after "https"; the literal is still read whole.
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    string A = {|COOL004:"HTTPS://developers.coolset.com/a, then http://developers.coolset.com/b"|};
                    string B = "https://developers.coolset.com/c";
                }
                """);
        }

        [Fact]
        public async Task Interpolated_string_with_the_host_in_the_constant_part()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                class C
                {
                    string M(int id, string host, string rest) =>
                        $"{|COOL004:http://developers.coolset.com/products/|}{id}" + $"http://{host}/x" + $"http://developers.coolset.com{rest}" + $"""{|COOL004:http://coolset.com:80/|}{id}""";
                }
                """",
                """"
                class C
                {
                    string M(int id, string host, string rest) =>
                        $"https://developers.coolset.com/products/{id}" + $"http://{host}/x" + $"http://developers.coolset.com{rest}" + $"""https://coolset.com/{id}""";
                }
                """");
        }

        [Fact]
        public async Task Folded_constant_concatenation_is_reported_once_and_the_operand_with_the_scheme_is_fixed()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    const string Host = "developers.coolset.com";
                    const string Base = {|COOL004:"http://developers.coolset.com"|};
                    const string A = {|COOL004:"http://" + Host + "/v1"|};
                    const string B = {|COOL004:"http://developers.coolset" + ".com:80/v1"|};
                    const string D = Base + "/v2";
                    const string E = {|COOL004:"http://developers.coolset.com" + "/v3"|};
                }
                """,
                """
                class C
                {
                    const string Host = "developers.coolset.com";
                    const string Base = "https://developers.coolset.com";
                    const string A = "https://" + Host + "/v1";
                    const string B = "https://developers.coolset" + ".com:80/v1";
                    const string D = Base + "/v2";
                    const string E = "https://developers.coolset.com" + "/v3";
                }
                """);
        }

        [Fact]
        public async Task Attribute_argument_and_const_field()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                [AttributeUsage(AttributeTargets.All)]
                class EndpointAttribute : Attribute
                {
                    public EndpointAttribute(string url) { }
                }

                [Endpoint({|COOL004:"http://developers.coolset.com/hooks"|})]
                class C
                {
                    public const string Url = {|COOL004:"http://developers.coolset.com"|};
                }
                """,
                """
                using System;

                [AttributeUsage(AttributeTargets.All)]
                class EndpointAttribute : Attribute
                {
                    public EndpointAttribute(string url) { }
                }

                [Endpoint("https://developers.coolset.com/hooks")]
                class C
                {
                    public const string Url = "https://developers.coolset.com";
                }
                """);
        }

        [Fact]
        public async Task UriBuilder_with_the_http_scheme_and_a_coolset_host()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    UriBuilder A = new UriBuilder({|COOL004:"http"|}, "developers.coolset.com");
                    UriBuilder B = new UriBuilder { Scheme = {|COOL004:Uri.UriSchemeHttp|}, Host = "api.coolset.com", Path = "v1" };
                    UriBuilder D = new UriBuilder({|COOL004:Uri.UriSchemeHttp|}, "coolset.com", 8080);
                    UriBuilder E = new UriBuilder("https", "developers.coolset.com");
                    UriBuilder F = new UriBuilder("http", "example.com");
                    UriBuilder G = new UriBuilder { Scheme = "http", Host = "localhost" };
                }
                """,
                """
                using System;

                class C
                {
                    UriBuilder A = new UriBuilder("https", "developers.coolset.com");
                    UriBuilder B = new UriBuilder { Scheme = Uri.UriSchemeHttps, Host = "api.coolset.com", Path = "v1" };
                    UriBuilder D = new UriBuilder(Uri.UriSchemeHttps, "coolset.com", 8080);
                    UriBuilder E = new UriBuilder("https", "developers.coolset.com");
                    UriBuilder F = new UriBuilder("http", "example.com");
                    UriBuilder G = new UriBuilder { Scheme = "http", Host = "localhost" };
                }
                """);
        }

        [Fact]
        public async Task UriBuilder_written_target_typed_qualified_or_with_an_alias()
        {
            // The creations are found in the file's text; new() reads its type from the target, an alias from its directive.
            await Verify.VerifyAnalyzerAsync(
                """
                using Builder = System.UriBuilder;

                class C
                {
                    System.UriBuilder A = new({|COOL004:"http"|}, "developers.coolset.com");
                    System.UriBuilder B = new() { Scheme = {|COOL004:"http"|}, Host = "api.coolset.com" };
                    System.UriBuilder D = new global::System.UriBuilder({|COOL004:"http"|}, "coolset.com");
                    Builder E = new Builder({|COOL004:"http"|}, "developers.coolset.com");
                    System.UriBuilder F = new();
                }
                """);
        }

        [Fact]
        public async Task Look_alike_hosts_are_quiet()
        {
            var source = """
                class C
                {
                    string[] Urls =
                    {
                        "http://coolset.com@evil.io/",
                        "http://coolset.com.evil.io/",
                        "http://notcoolset.com/",
                        "http://localhost:5000/coolset.com",
                        "http://example.com/?next=developers.coolset.com",
                        "https://developers.coolset.com/",
                        "ftp://developers.coolset.com/",
                        "http://evil.io/http://developers.coolset.com",
                        "developers.coolset.com",
                    };
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task Comments_xml_namespaces_and_generated_code_are_quiet()
        {
            var source = """
                using System.Runtime.Serialization;
                using System.Xml;
                using System.Xml.Linq;
                using System.Xml.Serialization;

                // Calls http://developers.coolset.com/ (see the docs)
                /* http://developers.coolset.com/ */
                [XmlRoot(Namespace = "http://schemas.coolset.com/2024")]
                [DataContract(Namespace = "http://schemas.coolset.com/2024")]
                public class C
                {
                    /// <summary>Talks to http://developers.coolset.com/.</summary>
                    public void M(XmlNamespaceManager manager)
                    {
                        XNamespace ns = "http://schemas.coolset.com/2024";
                        var other = XNamespace.Get("http://schemas.coolset.com/2025");
                        manager.AddNamespace("c", "http://schemas.coolset.com/2026");
                        var xml = "<root xmlns=\"http://schemas.coolset.com/2027\" xmlns:c='http://schemas.coolset.com/2028' />";
                #if NEVER
                        var disabled = "http://developers.coolset.com/";
                #endif
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task Generated_code_is_quiet()
        {
            var source = """
                // <auto-generated/>
                class C
                {
                    string Url = "http://developers.coolset.com/";
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task Configured_hosts_with_wildcards_count_as_coolset_hosts()
        {
            await Verify.VerifyCodeFixAsync(
                """
                class C
                {
                    string A = {|COOL004:"http://api.internal.example/v1"|};
                    string B = {|COOL004:"http://eu.proxy.example.org/v1"|};
                    string D = {|COOL004:"http://proxy.example.org/v1"|};
                    string E = "http://example.org/v1";
                    string F = {|COOL004:"http://developers.coolset.com/"|};
                }
                """,
                """
                class C
                {
                    string A = "https://api.internal.example/v1";
                    string B = "https://eu.proxy.example.org/v1";
                    string D = "https://proxy.example.org/v1";
                    string E = "http://example.org/v1";
                    string F = "https://developers.coolset.com/";
                }
                """,
                null,
                null,
                "coolset.api_hosts = api.internal.example | *.proxy.example.org");
        }

        [Fact]
        public async Task Message_shows_the_url_with_a_token_redacted()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    string A = {|#0:"http://developers.coolset.com/v1?key=sk_live_1234567890abcdef"|};
                }
                """,
                Verify.Diagnostic("COOL004").WithLocation(0).WithArguments("http://developers.coolset.com/v1?key=sk_live_\u2026cdef"));
        }
    }
}
