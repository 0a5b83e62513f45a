using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>The COOL003 message names the value and why it counts, and never shows a secret.</summary>
    public class TokenLoggingMessageTests
    {
        // Assembled here so that this file holds no whole credential.
        private const string BearerLiteral = "\"Bearer " + "Zm9vYmFyYmF6cXV4MTIzNDU2\"";

        private const string Template = """
            using System;
            using System.Net.Http;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Options;

            public sealed class CoolsetSettings
            {
                public string ApiToken { get; set; } = "";
            }

            class C
            {
                void M(string apiKey, IConfiguration config, IOptions<CoolsetSettings> options, HttpRequestMessage request, HttpContext context)
                {
                    STATEMENTS
                    Console.WriteLine({|#0:VALUE|});
                }

                static string Fetch() => "";
            }
            """;

        [Theory]
        [InlineData("string accessToken = Fetch();", "accessToken", "'accessToken', named like a credential,")]
        [InlineData("", "\"Key \" + apiKey", "'apiKey', named like a credential,")]
        [InlineData("", "Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")", "The Coolset API token from COOLSET_API_TOKEN")]
        [InlineData("var token = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"); var copy = token;", "copy", "The Coolset API token from COOLSET_API_TOKEN")]
        [InlineData("", "config[\"Coolset:ApiToken\"]", "The Coolset API token from configuration key 'Coolset:ApiToken'")]
        [InlineData("", "config.GetSection(\"Coolset\")[\"ApiToken\"]", "The Coolset API token from configuration key 'Coolset:ApiToken'")]
        [InlineData("", "options.Value.ApiToken", "The Coolset API token from options property 'ApiToken'")]
        [InlineData("", "request.Headers.Authorization", "The Authorization header of a request")]
        [InlineData("", "context.Request.Headers.Authorization", "The Authorization header of the incoming request")]
        [InlineData("", "BEARER_LITERAL", "A hardcoded Bearer credential ('Bearer \u2026NDU2')")]
        public async Task Message_names_the_value_and_why_it_counts(string statements, string value, string subject)
        {
            var source = Template.Replace("STATEMENTS", statements).Replace("VALUE", value).Replace("BEARER_LITERAL", BearerLiteral);
            var fixedSource = value.StartsWith("\"Key", System.StringComparison.Ordinal)
                ? source.Replace("{|#0:" + value + "|}", "\"Key \"")
                : source;
            var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = TestReferences.AspNetCore };
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(0).WithArguments(subject, "Console.WriteLine")
                .WithMessage(subject + " is written to a log by 'Console.WriteLine'"));
            if (fixedSource == source)
            {
                test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic("COOL003").WithLocation(0).WithArguments(subject, "Console.WriteLine"));
            }

            await test.RunAsync(CancellationToken.None);
        }
    }
}
