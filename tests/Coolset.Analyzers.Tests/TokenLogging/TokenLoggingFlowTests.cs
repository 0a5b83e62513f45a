using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>Token sources, propagation steps and look-alikes, each logged through <c>Console.WriteLine</c>.</summary>
    public class TokenLoggingFlowTests
    {
        // Literal secrets are assembled here, so that neither this file nor a test name holds a whole one.
        private const string LiveTokenLiteral = "\"sk_live_" + "4f9a2c7e1b3d8a6f\"";
        private const string BearerLiteral = "\"Bearer " + "Zm9vYmFyYmF6cXV4MTIzNDU2\"";

        private const string Template = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public sealed class CoolsetSettings
            {
                public string ApiToken { get; set; } = "";
                public string BaseUrl { get; set; } = "";
            }

            class C
            {
                private readonly string _apiKey = Fetch();

                void M(string token, string pageToken, string continuationToken, string nextPageToken, string sessionToken,
                       string refreshToken, string tokenizer, int tokenCount, CancellationToken cancellationToken, IConfiguration config,
                       IOptions<CoolsetSettings> options, HttpRequestMessage request, HttpClient client)
                {
                    STATEMENTS
                    Console.WriteLine(VALUE);
                }

                static string Fetch() => "";
                static string Mask(string value) => value.Length > 4 ? value.Substring(0, 4) + "..." : "...";
                static string Hash(string value) => value.GetHashCode().ToString();
            }
            """;

        [Theory]
        [InlineData("", "Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")")]
        [InlineData("", "config[\"Coolset:ApiToken\"]")]
        [InlineData("", "config[\"coolset:apitoken\"]")]
        [InlineData("", "config.GetValue<string>(\"Coolset:ApiToken\")")]
        [InlineData("", "config.GetSection(\"Coolset\")[\"ApiToken\"]")]
        [InlineData("", "config.GetSection(\"Coolset\").GetSection(\"ApiToken\").Value")]
        [InlineData("var section = config.GetSection(\"Coolset\");", "section[\"ApiToken\"]")]
        [InlineData("", "options.Value.ApiToken")]
        [InlineData("", "request.Headers.Authorization")]
        [InlineData("", "request.Headers.Authorization?.Parameter")]
        [InlineData("", "client.DefaultRequestHeaders.Authorization!.ToString()")]
        [InlineData("", "request.Headers.GetValues(\"Authorization\")")]
        [InlineData("", "request.Headers.GetValues(\"authorization\").First()")]
        [InlineData("", "request.Headers.GetValues(\"Authorization\").ToArray()[0]")]
        [InlineData("", "LIVE_TOKEN_LITERAL")]
        [InlineData("", "BEARER_LITERAL")]
        [InlineData("", "token")]
        [InlineData("", "_apiKey")]
        [InlineData("string accessToken = Fetch();", "accessToken")]
        public async Task Token_source_is_reported(string statements, string value)
        {
            var source = Source(statements, "{|COOL003:" + value + "|}");
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AllLogging);
        }

        [Theory]
        [InlineData("var fromEnvironment = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");", "fromEnvironment")]
        [InlineData("string value = \"\"; value = config[\"Coolset:ApiToken\"]!;", "value")]
        [InlineData("string? configured = null;", "configured ?? token")]
        [InlineData("var useToken = tokenCount > 0;", "useToken ? token : \"none\"")]
        [InlineData("", "string.Format(\"Token: {0}\", token)")]
        [InlineData("", "string.Concat(\"Token: \", token)")]
        [InlineData("", "string.Join(\",\", new[] { \"a\", token })")]
        [InlineData("", "string.Join(\",\", request.Headers.GetValues(\"Authorization\"))")]
        [InlineData("", "token.ToString()")]
        [InlineData("", "new AuthenticationHeaderValue(\"Bearer\", token)")]
        [InlineData("var header = new AuthenticationHeaderValue(\"Bearer\", token); var text = header.Parameter;", "text")]
        [InlineData("", "new StringBuilder().Append(\"Token: \").Append(token)")]
        [InlineData("var sb = new StringBuilder(); sb.Append(\"Token: \").Append(token).AppendLine();", "sb.ToString()")]
        [InlineData("var sb = new StringBuilder(); sb.AppendFormat(\"{0}\", options.Value.ApiToken);", "sb")]
        [InlineData("var sb = new StringBuilder(); sb.Append($\"Token: {token}\");", "sb")]
        [InlineData("", "new { Scheme = \"Bearer\", Value = token }")]
        [InlineData("", "(\"Bearer\", token)")]
        [InlineData("", "tokenCount switch { 0 => \"none\", _ => token }")]
        [InlineData("var masked = new CoolsetSettings { ApiToken = Mask(token) };", "options.Value.ApiToken")]
        [InlineData("string? copy = null; foreach (var value in request.Headers.GetValues(\"Authorization\")) { copy = value; }", "copy")]
        public async Task Token_value_flows_to_the_log(string statements, string value)
        {
            var source = Source(statements, "{|COOL003:" + value + "|}");
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AllLogging);
        }

        [Theory]
        [InlineData("", "\"Token: \" + token", "\"Token: \"")]
        [InlineData("", "\"Token: \" + token + \" in use\"", "\"Token: \" + \" in use\"")]
        [InlineData("", "$\"Token: {token}\"", "$\"Token\"")]
        [InlineData("", "$\"Using {token} for {options.Value.BaseUrl}\"", "$\"Using for {options.Value.BaseUrl}\"")]
        [InlineData("", "$\"Header={request.Headers.Authorization}.\"", "$\"Header.\"")]
        public async Task Token_in_a_concatenation_or_interpolation_is_removed(string statements, string value, string fixedValue)
        {
            await Verify.VerifyCodeFixAsync(
                Source(statements, "{|COOL003:" + value + "|}"),
                Source(statements, fixedValue),
                TestReferences.AllLogging);
        }

        [Theory]
        [InlineData("", "cancellationToken")]
        [InlineData("", "pageToken")]
        [InlineData("", "continuationToken")]
        [InlineData("", "nextPageToken")]
        [InlineData("", "sessionToken")]
        [InlineData("", "refreshToken")]
        [InlineData("", "tokenCount")]
        [InlineData("", "tokenizer")]
        [InlineData("", "token.Length")]
        [InlineData("", "token is null")]
        [InlineData("", "string.IsNullOrEmpty(token)")]
        [InlineData("", "token.StartsWith(\"sk_live_\")")]
        [InlineData("", "token.Substring(0, 4)")]
        [InlineData("", "token[..4]")]
        [InlineData("", "token[0]")]
        [InlineData("", "Mask(token)")]
        [InlineData("", "Hash(options.Value.ApiToken)")]
        [InlineData("var apiKey = Mask(token);", "apiKey")]
        [InlineData("var apiKey = Mask(token); var message = \"Key: \" + apiKey;", "message")]
        [InlineData("var tokenSet = string.IsNullOrEmpty(token) ? \"missing\" : \"set\";", "tokenSet")]
        [InlineData("", "options.Value.BaseUrl")]
        [InlineData("", "config[\"Coolset:BaseUrl\"]")]
        [InlineData("var endpoint = config.GetSection(\"Coolset\")[\"BaseUrl\"];", "endpoint")]
        [InlineData("", "config.GetValue<string>(\"Logging:ApiToken\")")]
        [InlineData("", "Environment.GetEnvironmentVariable(\"COOLSET_BASE_URL\")")]
        [InlineData("", "request.Headers.GetValues(\"Accept\").First()")]
        [InlineData("", "request.Headers.Authorization?.Scheme")]
        [InlineData("", "\"sk_live_\"")]
        [InlineData("", "\"Bearer authentication failed\"")]
        public async Task Look_alike_is_quiet(string statements, string value)
        {
            var source = Source(statements, value);
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.AllLogging);
        }

        [Fact]
        public async Task Values_of_non_string_token_types_are_quiet()
        {
            var source = """
                using System;
                using System.Threading;

                sealed class JsonToken
                {
                    public override string ToString() => "{}";
                }

                class C
                {
                    void Cancel(CancellationToken token) => Console.WriteLine(token);

                    void Parse(JsonToken token)
                    {
                        Console.WriteLine(token);
                        Console.WriteLine(token.ToString());
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        [Fact]
        public async Task Credential_named_field_this_method_only_masks_is_quiet()
        {
            var source = """
                using System;

                class C
                {
                    private string _apiKey = "";
                    private string _accessToken = "";

                    void M(string apiToken)
                    {
                        _apiKey = Mask(apiToken);
                        Console.WriteLine(_apiKey);
                        this._accessToken = apiToken.Length > 8 ? apiToken.Substring(0, 8) : "";
                        Console.WriteLine(_accessToken);
                    }

                    void N(C other, string apiToken)
                    {
                        _apiKey = Mask(apiToken);
                        Console.WriteLine({|COOL003:other._apiKey|});
                    }

                    static string Mask(string value) => new string('*', value.Length);
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        [Fact]
        public async Task Lambdas_and_local_functions_are_part_of_their_method()
        {
            var source = """
                using System;

                class C
                {
                    void M()
                    {
                        var value = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                        Action log = () => Console.WriteLine({|COOL003:value|});
                        Print();

                        void Print() => Console.WriteLine({|COOL003:"Using " + value|});
                    }
                }
                """;
            var fixedSource = source.Replace("{|COOL003:\"Using \" + value|}", "\"Using \"");
            await Verify.VerifyCodeFixAsync(source, fixedSource, TestReferences.Net80);
        }

        [Fact]
        public async Task Generated_code_is_not_analyzed()
        {
            var source = """
                // <auto-generated/>
                using System;

                class C
                {
                    void M(string token) => Console.WriteLine(token);
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        private static string Source(string statements, string value) =>
            Template.Replace("STATEMENTS", statements)
                .Replace("VALUE", value)
                .Replace("LIVE_TOKEN_LITERAL", LiveTokenLiteral)
                .Replace("BEARER_LITERAL", BearerLiteral);
    }
}
