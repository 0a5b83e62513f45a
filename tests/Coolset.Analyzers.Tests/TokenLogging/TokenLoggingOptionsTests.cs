using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary><c>coolset.logging_methods</c>, <c>coolset.token_environment_variable</c>, <c>coolset.token_configuration_key</c>.</summary>
    public class TokenLoggingOptionsTests
    {
        private const string AuditSource = """
            using System;

            namespace Contoso
            {
                static class Audit
                {
                    public static void Write(string message) { }
                    public static void Write(string message, int level) { }
                    public static void Record(string format, params object[] args) { }
                }

                class Client
                {
                    void M(string apiToken)
                    {
                        Audit.Write(WRITE);
                        Audit.Write(WRITE_LEVEL, 2);
                        Audit.Record("Token {0}", RECORD);
                    }
                }
            }
            """;

        [Fact]
        public async Task Logging_method_named_by_its_documentation_id_is_a_sink()
        {
            var source = Audit("{|COOL003:apiToken|}", "apiToken", "apiToken");
            await RunAsync(source, source, "coolset.logging_methods = M:Contoso.Audit.Write(System.String)");
        }

        [Fact]
        public async Task Logging_type_named_by_its_documentation_id_makes_every_method_a_sink()
        {
            await RunAsync(
                Audit("{|COOL003:apiToken|}", "{|COOL003:apiToken|}", "{|COOL003:apiToken|}"),
                Audit("{|COOL003:apiToken|}", "{|COOL003:apiToken|}", "").Replace("\"Token {0}\", );", "\"Token\");"),
                "coolset.logging_methods = T:Contoso.Audit | M:Contoso.Missing.Write(System.String)");
        }

        [Fact]
        public async Task Configured_method_with_a_name_no_logging_library_uses_is_a_sink()
        {
            // Calls are first sorted by method name; a configured name must get through that gate too.
            await RunAsync(
                Audit("apiToken", "apiToken", "{|COOL003:apiToken|}"),
                Audit("apiToken", "apiToken", "").Replace("\"Token {0}\", );", "\"Token\");"),
                "coolset.logging_methods = M:Contoso.Audit.Record(System.String,System.Object[])");
        }

        [Theory]
        [InlineData("M:Contoso.Audit.Record(System.String,System.Object[])", "apiToken", "{|COOL003:apiToken|}")]
        [InlineData("T:Contoso.Audit", "{|COOL003:apiToken|}", "{|COOL003:apiToken|}")]
        public async Task Configured_sinks_are_found_without_any_logging_library(string option, string write, string record)
        {
            // Without Microsoft.Extensions.Logging, sinks are found by name in the file's text: configured names too.
            var test = new CSharpCodeFixVerifier<Coolset.Analyzers.Rules.TokenLoggingAnalyzer, EmptyCodeFixProvider>.Test { TestCode = Audit(write, write, record) };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.logging_methods = " + option + "\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Method_id_names_one_overload_only()
        {
            var source = Audit("apiToken", "{|COOL003:apiToken|}", "apiToken");
            await RunAsync(source, source, "coolset.logging_methods = M:Contoso.Audit.Write(System.String,System.Int32)");
        }

        [Fact]
        public async Task Configured_environment_variable_replaces_the_default()
        {
            var source = """
                using System;

                class C
                {
                    void M()
                    {
                        Console.WriteLine({|COOL003:Environment.GetEnvironmentVariable("PAYMENTS_COOLSET_KEY")|});
                        Console.WriteLine(Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                    }
                }
                """;
            await RunAsync(source, source, "coolset.token_environment_variable = PAYMENTS_COOLSET_KEY");
        }

        [Fact]
        public async Task Configured_configuration_key_replaces_the_default()
        {
            var source = """
                using System;
                using Microsoft.Extensions.Configuration;

                class C
                {
                    void M(IConfiguration config)
                    {
                        Console.WriteLine({|COOL003:config["Payments:Coolset:Secret"]|});
                        Console.WriteLine({|COOL003:config.GetSection("Payments").GetSection("Coolset")["Secret"]|});
                        Console.WriteLine(config["Coolset:ApiToken"]);
                    }
                }
                """;
            await RunAsync(source, source, "coolset.token_configuration_key = Payments:Coolset:Secret");
        }

        private static string Audit(string write, string writeLevel, string record) =>
            AuditSource.Replace("WRITE_LEVEL", writeLevel).Replace("WRITE", write).Replace("RECORD", record);

        private static async Task RunAsync(string source, string fixedSource, string option)
        {
            var test = new Verify.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestReferences.AllLogging,
            };
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + option + "\n"));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
