using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.HardcodedTokenAnalyzer,
    Coolset.Analyzers.CodeFixes.HardcodedTokenCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>The second fix of COOL001/002/007: read the token from options or configuration in scope.</summary>
    public class HardcodedTokenLookupFixTests
    {
        [Fact]
        public async Task Options_with_a_token_property_in_scope_are_used()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using Microsoft.Extensions.Options;

                public sealed class CoolsetSettings
                {
                    public string ApiToken { get; set; } = "";
                }

                class Client
                {
                    private readonly IOptions<CoolsetSettings> _settings;

                    public Client(IOptions<CoolsetSettings> settings) => _settings = settings;

                    string Header() => {|COOL002:"Bearer abcdef1234567890"|};

                    string Token() => {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """,
                """
                using Microsoft.Extensions.Options;

                public sealed class CoolsetSettings
                {
                    public string ApiToken { get; set; } = "";
                }

                class Client
                {
                    private readonly IOptions<CoolsetSettings> _settings;

                    public Client(IOptions<CoolsetSettings> settings) => _settings = settings;

                    string Header() => $"Bearer {_settings.Value.ApiToken}";

                    string Token() => _settings.Value.ApiToken;
                }
                """,
                EquivalenceKeys.ReadTokenFromOptions,
                TestReferences.Configuration);
        }

        [Fact]
        public async Task Configuration_in_scope_is_read_with_the_configured_key()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using Microsoft.Extensions.Configuration;

                class Client
                {
                    string Token(IConfiguration configuration) => {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Configuration;

                class Client
                {
                    string Token(IConfiguration configuration) => configuration["Acme:Coolset:Token"] ?? throw new InvalidOperationException("Acme:Coolset:Token is not set.");
                }
                """,
                EquivalenceKeys.ReadTokenFromConfiguration,
                TestReferences.Configuration,
                "coolset.token_configuration_key = Acme:Coolset:Token");
        }

        [Fact]
        public async Task Instance_configuration_is_not_offered_in_a_static_context()
        {
            const string source = """
                using Microsoft.Extensions.Configuration;

                class Client
                {
                    private readonly IConfiguration _configuration;

                    public Client(IConfiguration configuration) => _configuration = configuration;

                    private static string? s_token = {|COOL001:"sk_live_1234567890abcdef"|};

                    private string? _token = {|COOL001:"sk_live_abcdef1234567890"|};

                    static string? Token() => {|COOL001:"sk_live_aaaabbbbccccdddd"|};
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, EquivalenceKeys.ReadTokenFromConfiguration, TestReferences.Configuration);
        }

        [Fact]
        public async Task Without_configuration_or_options_only_the_environment_fix_is_offered()
        {
            const string source = """
                class Client
                {
                    string? Token() => {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, EquivalenceKeys.ReadTokenFromConfiguration, TestReferences.Configuration);
            await Verify.VerifyCodeFixAsync(source, source, EquivalenceKeys.ReadTokenFromOptions, TestReferences.Configuration);
        }

        [Fact]
        public async Task Environment_fix_stays_first_when_configuration_is_in_scope()
        {
            await Verify.VerifyCodeFixAsync(
                """
                using Microsoft.Extensions.Configuration;

                class Client
                {
                    string? Token(IConfiguration configuration) => {|COOL001:"sk_live_1234567890abcdef"|};
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Configuration;

                class Client
                {
                    string? Token(IConfiguration configuration) => Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                }
                """,
                equivalenceKey: null,
                TestReferences.Configuration);
        }
    }
}
