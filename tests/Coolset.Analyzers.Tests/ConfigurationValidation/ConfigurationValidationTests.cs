using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Core;
using Coolset.Analyzers.Rules;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyConfiguration = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.ConfigurationValidationAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using VerifyToken = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>COOL000: a malformed option value is reported once, naming key and (redacted) value, and the default is used.</summary>
    public class ConfigurationValidationTests
    {
        /// <summary>One malformed value per option key, with the reason COOL000 gives for it.</summary>
        public static readonly TheoryData<string, string, string> MalformedValues = new TheoryData<string, string, string>
        {
            { "coolset.api_hosts", "not a host", "'not a host' is not a host name or '*.domain' pattern" },
            { "coolset.token_environment_variable", "1COOLSET TOKEN", "expected a variable name of letters, digits and underscores that does not start with a digit" },
            { "coolset.token_configuration_key", "Coolset::ApiToken", "expected a configuration key such as 'Coolset:ApiToken'" },
            { "coolset.logging_methods", "Contoso.Audit.Write", "'Contoso.Audit.Write' is not a documentation comment ID such as 'M:Contoso.Audit.Write(System.String)' or 'T:Contoso.Audit'" },
        };

        public static readonly TheoryData<string, string> ValidValues = new TheoryData<string, string>
        {
            { "coolset.api_hosts", "api.example.com | *.contoso.io, coolset.internal" },
            { "coolset.token_environment_variable", "CONTOSO_COOLSET_TOKEN" },
            { "coolset.token_configuration_key", "Contoso:Coolset:Token" },
            { "coolset.logging_methods", "M:Contoso.Audit.Write(System.String,System.Int32) | T:Contoso.Log" },
        };

        private const string Source = """
            class C
            {
                string Describe(int count) => $"{count} items";
            }
            """;

        [Fact]
        public void Every_option_key_has_a_malformed_and_a_valid_value_under_test()
        {
            Assert.Equal(CoolsetOptions.AllKeys.OrderBy(k => k), MalformedValues.Select(row => (string)row[0]).OrderBy(k => k));
            Assert.Equal(CoolsetOptions.AllKeys.OrderBy(k => k), ValidValues.Select(row => (string)row[0]).OrderBy(k => k));
        }

        [Theory]
        [MemberData(nameof(MalformedValues))]
        public async Task A_malformed_value_is_reported_once_naming_key_and_value(string key, string value, string reason)
        {
            var test = new VerifyConfiguration.Test { TestCode = Source };
            test.TestState.Sources.Add("class D { }");
            test.TestState.Sources.Add("class E { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\n{key} = {value}\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidConfiguration, DiagnosticSeverity.Warning).WithArguments(key, value, reason));

            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [MemberData(nameof(ValidValues))]
        public async Task A_valid_value_is_not_reported(string key, string value)
        {
            var test = new VerifyConfiguration.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\n{key} = {value}\n"));

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Two_malformed_keys_are_two_diagnostics()
        {
            var test = new VerifyConfiguration.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.api_hosts = not a host\ncoolset.token_configuration_key = :Token\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidConfiguration, DiagnosticSeverity.Warning)
                .WithArguments("coolset.api_hosts", "not a host", "'not a host' is not a host name or '*.domain' pattern"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidConfiguration, DiagnosticSeverity.Warning)
                .WithArguments("coolset.token_configuration_key", ":Token", "expected a configuration key such as 'Coolset:ApiToken'"));

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_live_token_in_a_value_is_redacted_in_the_message()
        {
            var test = new VerifyConfiguration.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.api_hosts = sk_live_1234567890abcdef\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidConfiguration, DiagnosticSeverity.Warning)
                .WithArguments("coolset.api_hosts", "sk_live_\u2026cdef", "'sk_live_\u2026cdef' is not a host name or '*.domain' pattern"));

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_Bearer_credential_in_a_value_is_redacted_in_the_message()
        {
            var test = new VerifyConfiguration.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.token_environment_variable = Bearer abcdef1234567890\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidConfiguration, DiagnosticSeverity.Warning)
                .WithArguments("coolset.token_environment_variable", "Bearer \u20267890", "expected a variable name of letters, digits and underscores that does not start with a digit"));

            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [MemberData(nameof(MalformedValues))]
        public void A_malformed_value_reads_as_the_default(string key, string value, string reason)
        {
            var definition = OptionDefinitions().Single(d => d.Key == key);

            var read = definition.Read(new SingleOption(key, value), out var problem);

            Assert.Equal(definition.DefaultValue, read);
            Assert.NotNull(problem);
            Assert.Equal(reason, problem!.Reason);
        }

        [Fact]
        public async Task The_environment_variable_fix_uses_the_default_name_when_the_configured_one_is_malformed()
        {
            var test = new VerifyToken.Test
            {
                TestCode = """
                    class C
                    {
                        void M()
                        {
                            string token = {|COOL001:"sk_live_1234567890abcdef"|};
                        }
                    }
                    """,
                FixedCode = """
                    using System;

                    class C
                    {
                        void M()
                        {
                            string token = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN") ?? throw new InvalidOperationException("COOLSET_API_TOKEN is not set.");
                        }
                    }
                    """,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.token_environment_variable = 1COOLSET TOKEN\n"));

            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task The_configuration_fix_uses_the_default_key_when_the_configured_one_is_malformed()
        {
            var test = new VerifyToken.Test
            {
                ReferenceAssemblies = TestReferences.Configuration,
                CodeActionEquivalenceKey = EquivalenceKeys.ReadTokenFromConfiguration,
                TestCode = """
                    using Microsoft.Extensions.Configuration;

                    class C
                    {
                        void M(IConfiguration configuration)
                        {
                            string? token = {|COOL001:"sk_live_1234567890abcdef"|};
                        }
                    }
                    """,
                FixedCode = """
                    using Microsoft.Extensions.Configuration;

                    class C
                    {
                        void M(IConfiguration configuration)
                        {
                            string? token = configuration["Coolset:ApiToken"];
                        }
                    }
                    """,
            };
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\ncoolset.token_configuration_key = Coolset::ApiToken\n"));

            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>Every <see cref="OptionDefinition{T}"/> field of <see cref="CoolsetOptions"/>, seen through one non-generic shape.</summary>
        private static IEnumerable<OptionUnderTest> OptionDefinitions() =>
            typeof(CoolsetOptions).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(OptionDefinition<>))
                .Select(f => new OptionUnderTest(f.GetValue(null)!));

        private sealed class OptionUnderTest
        {
            private readonly object _definition;

            public OptionUnderTest(object definition)
            {
                _definition = definition;
            }

            public string Key => (string)Property(nameof(OptionDefinition<string>.Key))!;

            public object? DefaultValue => Property(nameof(OptionDefinition<string>.DefaultValue));

            public object? Read(AnalyzerConfigOptions options, out OptionProblem? problem)
            {
                var arguments = new object?[] { options, null };
                var read = _definition.GetType().GetMethod(nameof(OptionDefinition<string>.Read), new[] { typeof(AnalyzerConfigOptions), typeof(OptionProblem).MakeByRefType() })!;
                var value = read.Invoke(_definition, arguments);
                problem = (OptionProblem?)arguments[1];
                return value;
            }

            private object? Property(string name) => _definition.GetType().GetProperty(name)!.GetValue(_definition);
        }

        private sealed class SingleOption : AnalyzerConfigOptions
        {
            private readonly string _key;
            private readonly string _value;

            public SingleOption(string key, string value)
            {
                _key = key;
                _value = value;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == _key ? _value : null;
                return value != null;
            }
        }
    }
}
