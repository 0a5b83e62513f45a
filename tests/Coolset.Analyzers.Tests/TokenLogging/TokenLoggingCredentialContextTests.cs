using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Coolset.Analyzers.Rules.TokenLoggingAnalyzer,
    Coolset.Analyzers.CodeFixes.TokenLoggingCodeFixProvider>;

namespace Coolset.Analyzers.Tests
{
    /// <summary>
    /// The bare words <c>token</c> and <c>secret</c>: the everyday shapes in which they are not credentials (quiet), the
    /// same shapes in credential context (reported), and the elements of text that stay quiet everywhere.
    /// </summary>
    public class TokenLoggingCredentialContextTests
    {
        private const string Template = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Threading.Channels;
            using System.Threading.Tasks;

            interface ITokenizer { string GetToken(); }

            interface IChat { IAsyncEnumerable<string> StreamAsync(string prompt); }

            class Shape BASE
            {
                private string _secret = "";

                public string Token { get; set; } = "";

                MEMBERS

                async Task M(ITokenizer tokenizer, IChat chat, Channel<string> channel, Queue<string> queue, string line, string[] args)
                {
                    LOCALS
                    STATEMENTS
                    await Task.CompletedTask;
                }
            }
            """;

        // Shapes taken from real programs that have nothing to do with credentials. LOG(x) is the value printed.
        private const string LexerToken = "string token = tokenizer.GetToken(); Console.WriteLine(LOG(token));";
        private const string HangmanSecret = "Console.WriteLine(LOG(_secret));";
        private const string PushToken = "Console.WriteLine(LOG(Token));";
        private const string UnknownOption = "for (var i = 0; i < args.Length; i++) { var token = args[i]; if (token.StartsWith(\"--\")) Console.Error.WriteLine(LOG(token)); }";

        public static TheoryData<string> NameShapes => new() { LexerToken, HangmanSecret, PushToken, UnknownOption };

        public static TheoryData<string> LocalShapes => new() { LexerToken, UnknownOption };

        public static TheoryData<string, string> TypeContexts => new()
        {
            { "", "private readonly HttpClient _http = new();" },
            { "", "public Shape(Microsoft.Extensions.Configuration.IConfiguration configuration) { }" },
            { "", "private readonly Microsoft.Extensions.Options.IOptions<object>? _options = null;" },
            { "", "Task<HttpResponseMessage> SendAsync() => throw null!;" },
            { "", "void Handle(Microsoft.AspNetCore.Http.HttpContext context) { }" },
            { "", "private readonly System.Net.CookieContainer _cookies = new();" },
            { "", "System.Security.Claims.ClaimsPrincipal? User { get; set; }" },
            { "", "private readonly string? _home = Environment.GetEnvironmentVariable(\"HOME\");" },
            { ": DelegatingHandler", "" },
            { ": Microsoft.AspNetCore.Mvc.ControllerBase", "" },
        };

        [Theory]
        [MemberData(nameof(NameShapes))]
        public async Task Bare_word_outside_credential_context_is_quiet(string shape)
        {
            await VerifyQuiet(Source("", "", "", shape));
        }

        [Theory]
        [MemberData(nameof(NameShapes))]
        public async Task Same_shape_in_a_type_that_holds_an_HttpClient_is_reported(string shape)
        {
            await VerifyReported(Source("", "private readonly HttpClient _http = new();", "", shape));
        }

        [Theory]
        [MemberData(nameof(TypeContexts))]
        public async Task Every_kind_of_credential_context_makes_the_bare_word_count(string baseType, string members)
        {
            await VerifyReported(Source(baseType, members, "", LexerToken));
        }

        [Theory]
        [MemberData(nameof(LocalShapes))]
        public async Task A_method_that_creates_an_HttpClient_or_reads_an_environment_variable_is_context_for_its_locals(string shape)
        {
            await VerifyReported(Source("", "", "using var client = new HttpClient();", shape));
            await VerifyReported(Source("", "", "var home = Environment.GetEnvironmentVariable(\"HOME\");", shape));
        }

        [Fact]
        public async Task Method_context_does_not_reach_fields()
        {
            await VerifyQuiet(Source("", "", "using var client = new HttpClient();", HangmanSecret));
        }

        [Theory]
        [InlineData("await foreach (var token in chat.StreamAsync(\"Hello\")) Console.Write(token);")]
        [InlineData("foreach (var token in line.Split(' ')) Console.WriteLine(token);")]
        [InlineData("foreach (var (index, token) in line.Split(' ').Select((t, i) => (i, t))) Console.WriteLine(token);")]
        [InlineData("var progress = new Progress<string>(token => Console.Write(token));")]
        [InlineData("Action<string> onToken = token => Console.Write(token);")]
        [InlineData("Action<string> onSecret = delegate (string secret) { Console.WriteLine(secret); };")]
        [InlineData("while (channel.Reader.TryRead(out var token)) Console.Write(token);")]
        [InlineData("if (queue.TryDequeue(out string? secret)) Console.WriteLine(secret);")]
        [InlineData("var token = await channel.Reader.ReadAsync(); Console.Write(token);")]
        [InlineData("var token = queue.Dequeue(); Console.Write(token);")]
        [InlineData("var token = line.Split(' ')[0]; Console.WriteLine(token);")]
        [InlineData("var secret = line.Split(':').Last(); Console.WriteLine(secret);")]
        public async Task Element_of_enumerated_streamed_queued_or_split_text_is_quiet_even_in_credential_context(string shape)
        {
            await VerifyQuiet(Source("", "private readonly HttpClient _http = new();", "using var client = new HttpClient();", shape));
        }

        [Theory]
        [InlineData("foreach (var accessToken in line.Split(' ')) Console.WriteLine(LOG(accessToken));")]
        [InlineData("var progress = new Progress<string>(apiKey => Console.Write(LOG(apiKey)));")]
        [InlineData("while (channel.Reader.TryRead(out var bearerToken)) Console.Write(LOG(bearerToken));")]
        [InlineData("string apiToken = tokenizer.GetToken(); Console.WriteLine(LOG(apiToken));")]
        [InlineData("var apiSecret = line.Split(' ')[0]; Console.WriteLine(LOG(apiSecret));")]
        public async Task Longer_credential_names_count_everywhere(string shape)
        {
            await VerifyReported(Source("", "", "", shape));
        }

        [Theory]
        [InlineData("var token = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"); Console.WriteLine(LOG(token));")]
        [InlineData("foreach (var token in new HttpRequestMessage().Headers.GetValues(\"Authorization\")) Console.WriteLine(LOG(token));")]
        [InlineData("var token = new HttpRequestMessage().Headers.Authorization!.ToString().Split(' ')[1]; Console.WriteLine(LOG(token));")]
        [InlineData("var secret = new HttpRequestMessage().Headers.Authorization!.ToString(); Console.WriteLine(LOG(secret));")]
        public async Task A_value_from_a_token_source_counts_whatever_it_is_called(string shape)
        {
            await VerifyReported(Source("", "", "", shape));
        }

        [Fact]
        public async Task Options_class_token_property_counts_and_a_plain_class_token_property_does_not()
        {
            var source = """
                using System;
                using Microsoft.Extensions.Options;

                public sealed class CoolsetOptions
                {
                    public string Token { get; set; } = "";
                }

                public sealed class DeviceRegistration
                {
                    public string Token { get; set; } = "";
                }

                public sealed class Pinned
                {
                    public string Token { get; set; } = "";
                }

                class C
                {
                    void M(CoolsetOptions bound, DeviceRegistration device, IOptions<Pinned> options)
                    {
                        Console.WriteLine({|COOL003:bound.Token|});
                        Console.WriteLine(device.Token);
                        Console.WriteLine({|COOL003:options.Value.Token|});
                    }
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Configuration);
        }

        [Fact]
        public async Task Context_is_inherited_from_a_base_class_in_source_and_from_an_enclosing_type()
        {
            var source = """
                using System;
                using System.Net.Http;

                abstract class ApiClientBase
                {
                    protected HttpClient Http { get; } = new();
                }

                sealed class Client : ApiClientBase
                {
                    void M(string token) => Console.WriteLine({|COOL003:token|});

                    sealed class Nested
                    {
                        void N(string secret) => Console.WriteLine({|COOL003:secret|});
                    }
                }

                sealed class Lexer
                {
                    void M(string token) => Console.WriteLine(token);
                }
                """;
            await Verify.VerifyCodeFixAsync(source, source, TestReferences.Net80);
        }

        [Fact]
        public async Task Top_level_program_that_calls_an_http_api_is_credential_context()
        {
            var source = """
                using System;
                using System.Net.Http;

                var token = args[0];
                using var client = new HttpClient();
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
                Console.WriteLine({|COOL003:token|});
                """;
            var test = new Verify.Test { TestCode = source, FixedCode = source, ReferenceAssemblies = TestReferences.Net80 };
            test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            await test.RunAsync();
        }

        private static string Source(string baseType, string members, string localContext, string statements) =>
            Template.Replace("BASE", baseType)
                .Replace("MEMBERS", members)
                .Replace("LOCALS", localContext)
                .Replace("STATEMENTS", statements);

        private static async Task VerifyReported(string source)
        {
            Assert.Contains("LOG(", source, System.StringComparison.Ordinal); // a reported case must mark what it expects
            var marked = Regex.Replace(source, @"LOG\(([^()]*(?:\([^()]*\))?[^()]*)\)", "{|COOL003:$1|}");
            await Verify.VerifyCodeFixAsync(marked, marked, TestReferences.AspNetCore);
        }

        private static async Task VerifyQuiet(string source)
        {
            var plain = Regex.Replace(source, @"LOG\(([^()]*(?:\([^()]*\))?[^()]*)\)", "$1");
            await Verify.VerifyCodeFixAsync(plain, plain, TestReferences.AspNetCore);
        }
    }
}
