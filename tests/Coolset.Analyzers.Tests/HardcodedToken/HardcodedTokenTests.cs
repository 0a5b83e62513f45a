using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL001 (live token) and COOL007 (test token): where tokens are found, what is quiet, and the fixes.</summary>
    public class HardcodedTokenTests
    {
        [Fact]
        public async Task Live_token_in_a_non_nullable_local_is_read_from_the_environment_with_a_throw()
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
        public async Task A_var_local_accepts_null_so_no_throw_is_added()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    void M()
                    {
                        var token = {|COOL001:"sk_live_1234567890abcdef"|};
                    }
                }
                """,
                """
                using System;

                class C
                {
                    void M()
                    {
                        var token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    }
                }
                """);
        }

        [Fact]
        public async Task Without_nullable_annotations_no_throw_is_added()
        {
            await Verify.VerifyCodeFixAsync(
                """
                #nullable disable
                class C
                {
                    private string _token = {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """,
                """
                #nullable disable
                using System;

                class C
                {
                    private string _token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                }
                """);
        }

        [Fact]
        public async Task Message_shows_the_token_redacted()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    string Live = {|#0:"sk_live_1234567890abcdef"|};
                    string Test = {|#1:"sk_test_9876543210fedcba"|};
                    string Short = {|#2:"sk_live_12345678"|};
                }
                """,
                Verify.Diagnostic("COOL001").WithLocation(0).WithArguments("sk_live_\u2026cdef"),
                Verify.Diagnostic("COOL007").WithLocation(1).WithArguments("sk_test_\u2026dcba").WithSeverity(DiagnosticSeverity.Info),
                Verify.Diagnostic("COOL001").WithLocation(2).WithArguments("sk_live_\u2026"));
        }

        [Fact]
        public async Task Test_token_is_COOL007_and_fixed_the_same_way()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string? Token = {|COOL007:"sk_test_1234567890abcdef"|};
                }
                """,
                """
                using System;

                class C
                {
                    string? Token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                }
                """);
        }

        [Fact]
        public async Task Const_field_becomes_static_readonly()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    private const string Token = {|COOL001:"sk_live_1234567890abcdef"|};

                    string Use() => Token;
                }
                """,
                """
                using System;

                class C
                {
                    private static readonly string Token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");

                    string Use() => Token;
                }
                """);
        }

        [Fact]
        public async Task Const_local_becomes_a_plain_local()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string M()
                    {
                        const string token = {|COOL001:"sk_live_1234567890abcdef"|};
                        return token;
                    }
                }
                """,
                """
                using System;

                class C
                {
                    string M()
                    {
                        string token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");
                        return token;
                    }
                }
                """);
        }

        [Fact]
        public async Task Const_used_where_a_constant_is_required_gets_no_fix()
        {
            const string source = """
                using System.ComponentModel;

                class C
                {
                    private const string Token = {|COOL001:"sk_live_1234567890abcdef"|};

                    [Description(Token)]
                    void M(string value)
                    {
                        switch (value)
                        {
                            case Token:
                                break;
                        }
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task Private_const_needed_as_a_constant_in_another_part_of_its_type_gets_no_fix()
        {
            var test = new Verify.Test();
            test.TestState.Sources.Add(("C.cs", """
                partial class C
                {
                    private const string Token = {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """));
            test.TestState.Sources.Add(("C.Use.cs", """
                partial class C
                {
                    void M(string value)
                    {
                        switch (value)
                        {
                            case Token:
                                break;
                        }
                    }
                }
                """));
            test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Internal_const_needed_as_a_constant_elsewhere_is_left_alone_when_the_fix_is_applied()
        {
            // The light bulb only searches the constant's own type; applying the fix searches the solution.
            var source = """
                class C
                {
                    internal const string Token = {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """;
            var user = """
                class D
                {
                    void M(string value)
                    {
                        switch (value)
                        {
                            case C.Token:
                                break;
                        }
                    }
                }
                """;
            var test = new Verify.Test();
            test.TestState.Sources.Add(("C.cs", source));
            test.TestState.Sources.Add(("D.cs", user));
            test.FixedState.Sources.Add(("C.cs", source));
            test.FixedState.Sources.Add(("D.cs", user));
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Attribute_argument_default_value_case_label_and_pattern_get_no_fix()
        {
            const string source = """
                using System.ComponentModel;

                class C
                {
                    [Description({|COOL001:"sk_live_1234567890abcdef"|})]
                    void M(string value = {|COOL001:"sk_live_abcdef1234567890"|})
                    {
                        switch (value)
                        {
                            case {|COOL001:"sk_live_0000000011111111"|}:
                                break;
                        }

                        if (value is {|COOL007:"sk_test_1234567890abcdef"|})
                        {
                        }
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public async Task Verbatim_raw_and_utf8_literals_are_found_and_fixed()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                using System;

                class C
                {
                    string? A = {|COOL001:@"sk_live_1234567890abcdef"|};
                    string? B = {|COOL001:"""sk_live_1234567890abcdef"""|};
                    ReadOnlySpan<byte> U => {|COOL001:"sk_live_1234567890abcdef"u8|};
                }
                """",
                """
                using System;
                using System.Text;

                class C
                {
                    string? A = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    string? B = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    ReadOnlySpan<byte> U => Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set."));
                }
                """);
        }

        [Fact]
        public async Task Token_inside_a_longer_literal_becomes_an_interpolation_hole()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string Header = {|COOL001:"Authorization: Bearer sk_live_1234567890abcdef"|};
                    string Path = {|COOL001:@"C:\keys\sk_live_1234567890abcdef.txt"|};
                    string Json = {|COOL007:"{\"token\": \"sk_test_1234567890abcdef\"}"|};
                }
                """,
                """
                using System;

                class C
                {
                    string Header = $"Authorization: Bearer {Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                    string Path = $@"C:\keys\{Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}.txt";
                    string Json = $"{{\"token\": \"{Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}\"}}";
                }
                """);
        }

        [Fact]
        public async Task Multi_line_raw_literal_keeps_its_form()
        {
            await Verify.VerifyCodeFixAsync(
                """"
                using System;

                class C
                {
                    string Body = """
                        token: "{|COOL001:sk_live_1234567890abcdef|}"
                        """;
                }
                """",
                """"
                using System;

                class C
                {
                    string Body = $"""
                        token: "{Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}"
                        """;
                }
                """");
        }

        [Fact]
        public async Task Token_in_an_interpolated_string_text_part_becomes_a_hole()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string M(string id) => $"https://developers.coolset.com/api/orders/{id}{|COOL001:?token=sk_live_1234567890abcdef|}";
                }
                """,
                """
                using System;

                class C
                {
                    string M(string id) => $"https://developers.coolset.com/api/orders/{id}?token={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                }
                """);
        }

        [Fact]
        public async Task Two_tokens_in_one_literal_are_two_diagnostics_and_both_are_fixed()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string Pair = {|COOL001:{|COOL007:"live=sk_live_1234567890abcdef;test=sk_test_1234567890abcdef"|}|};
                }
                """,
                """
                using System;

                class C
                {
                    string Pair = $"live={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")};test={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}";
                }
                """);
        }

        [Fact]
        public async Task Token_split_over_a_constant_concatenation_is_one_diagnostic_on_the_expression()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string? Token = {|COOL001:"sk_" + "live_" + "1234567890abcdef"|};
                    string Url = {|COOL001:"https://developers.coolset.com/?token=sk_live_" + "1234567890abcdef" + "&x=1"|};
                }
                """,
                """
                using System;

                class C
                {
                    string? Token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                    string Url = $"https://developers.coolset.com/?token={Environment.GetEnvironmentVariable("COOLSET_API_TOKEN")}&x=1";
                }
                """);
        }

        [Fact]
        public async Task Token_wholly_inside_one_operand_is_reported_once_on_that_operand()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    const string Prefix = "Authorization: ";
                    string Header = Prefix + {|COOL001:"sk_live_1234567890abcdef"|} + "!";
                }
                """);
        }

        [Fact]
        public async Task Argument_return_and_property_places_that_need_a_string_get_a_throw()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string Token { get; } = {|COOL001:"sk_live_1234567890abcdef"|};

                    string Get() { return {|COOL001:"sk_live_abcdef1234567890"|}; }

                    void Send(string token) { }

                    void M() => Send({|COOL001:"sk_live_aaaabbbbccccdddd"|});
                }
                """,
                """
                using System;

                class C
                {
                    string Token { get; } = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");

                    string Get() { return Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set."); }

                    void Send(string token) { }

                    void M() => Send(Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set."));
                }
                """);
        }

        [Fact]
        public async Task Member_access_on_the_literal_keeps_the_lookup_parenthesized()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    int Length = {|COOL001:"sk_live_1234567890abcdef"|}.Length;
                }
                """,
                """
                using System;

                class C
                {
                    int Length = (Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.")).Length;
                }
                """);
        }

        [Fact]
        public async Task Configured_environment_variable_name_is_used()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using System;

                class C
                {
                    string Token = {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """,
                """
                using System;

                class C
                {
                    string Token = Environment.GetEnvironmentVariable("ACME_COOLSET_TOKEN") ?? throw new InvalidOperationException("ACME_COOLSET_TOKEN is not set.");
                }
                """,
                EquivalenceKeys.ReadTokenFromEnvironmentVariable,
                references: null,
                "coolset.token_environment_variable = ACME_COOLSET_TOKEN");
        }

        [Fact]
        public async Task Comments_doc_comments_and_disabled_code_are_reported_without_a_fix()
        {
            const string source = """
                class C
                {
                    // old key: {|COOL001:sk_live_1234567890abcdef|}
                    /* test key {|COOL007:sk_test_1234567890abcdef|} */
                    /// <summary>Uses {|COOL001:sk_live_abcdef1234567890|}.</summary>
                    void M() { }
                #if NEVER_DEFINED
                    string t = "{|COOL001:sk_live_0000111122223333|}";
                #endif
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source);
        }

        [Theory]
        [InlineData("sk_live_")]
        [InlineData("sk_test_")]
        [InlineData("sk_live_1234567")]
        [InlineData("sk_live_xxxxxxxx")]
        [InlineData("sk_live_0000000000000000")]
        [InlineData("sk_live_YOUR_API_TOKEN")]
        [InlineData("sk_live_yourtokenhere1")]
        [InlineData("sk_live_EXAMPLE12345678")]
        [InlineData("sk_live_placeholder123")]
        [InlineData("sk_live_REDACTED12345")]
        [InlineData("sk_live_<token>")]
        [InlineData("sk_live_{token}")]
        [InlineData("sk_live_12345678...")]
        [InlineData("sk_live_abcd1234<rest>")]
        [InlineData("sk_live_\u2026cdef")]
        [InlineData("sk-live-1234567890abcdef")]
        [InlineData("pk_live_1234567890abcdef")]
        public async Task Prefixes_placeholders_and_look_alikes_are_quiet(string text)
        {
            await Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    // {{text}}
                    string Value = "{{text}}";
                    bool IsLive(string token) => token.StartsWith("sk_live_");
                }
                """);
        }

        [Fact]
        public async Task A_prefix_glued_to_a_word_is_not_a_token()
        {
            var glued = "ta" + "sk_live_1234567890abcdef"; // built here: a test name never shows it
            await Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    // {{glued}}
                    string Value = "{{glued}}";
                }
                """);
        }

        [Fact]
        public async Task Identifiers_and_numbers_are_not_literals()
        {
            await Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    int sk_live_1234567890abcdef = 1;
                    int M() => sk_live_1234567890abcdef;
                }
                """);
        }

        [Fact]
        public async Task Generated_code_is_not_analyzed()
        {
            var test = new Verify.Test
            {
                TestState =
                {
                    Sources =
                    {
                        ("Client.g.cs", "class G { string T = \"sk_live_1234567890abcdef\"; }"),
                        ("Other.cs", "// <auto-generated/>\nclass H { string T = \"sk_live_1234567890abcdef\"; }"),
                    },
                },
            };
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_all_covers_every_document_of_the_project()
        {
            var test = new Verify.Test
            {
                TestState =
                {
                    Sources =
                    {
                        "class A\n{\n    string? T = {|COOL001:\"sk_live_1234567890abcdef\"|};\n}\n",
                        "class B\n{\n    string? T = {|COOL007:\"sk_test_1234567890abcdef\"|};\n    string? U = {|COOL001:\"sk_live_abcdef1234567890\"|};\n}\n",
                    },
                },
                FixedState =
                {
                    Sources =
                    {
                        "using System;\n\nclass A\n{\n    string? T = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");\n}\n",
                        "using System;\n\nclass B\n{\n    string? T = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");\n    string? U = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");\n}\n",
                    },
                },
            };
            await test.RunAsync(CancellationToken.None);
        }
    }
}
