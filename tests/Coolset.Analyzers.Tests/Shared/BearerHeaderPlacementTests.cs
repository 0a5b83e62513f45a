using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Coolset.Analyzers.Tests.Shared
{
    /// <summary>Where the COOL005 and COOL008 fixes put the Bearer header.</summary>
    public class BearerHeaderPlacementTests
    {
        private const string Credential = "System.Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")";

        [Fact]
        public async Task Request_created_in_a_declaration_gets_the_header_after_it()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                class C
                {
                    async void M(HttpClient client)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        await [|client.SendAsync(request)|];
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    async void M(HttpClient client)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        await client.SendAsync(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Reported_on_the_creation_itself()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        using var request = [|new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items")|];
                        client.Send(request);
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        client.Send(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Url_inside_the_creation_finds_the_request()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client, string id)
                    {
                        HttpRequestMessage request;
                        request = new HttpRequestMessage(HttpMethod.Get, [|$"https://api.coolset.com/v1/items/{id}"|]);
                        client.Send(request);
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client, string id)
                    {
                        HttpRequestMessage request;
                        request = new HttpRequestMessage(HttpMethod.Get, $"https://api.coolset.com/v1/items/{id}");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        client.Send(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Using_statement_gets_the_header_first_in_its_block()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        using (var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items"))
                        {
                            [|client.Send(request)|];
                        }
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        using (var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items"))
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                            client.Send(request);
                        }
                    }
                }
                """);
        }

        [Fact]
        public async Task Convenience_call_on_a_local_client_sets_its_default_headers()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    async void M()
                    {
                        using var client = new HttpClient();
                        await [|client.GetStringAsync("https://api.coolset.com/v1/items")|];
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    async void M()
                    {
                        using var client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        await client.GetStringAsync("https://api.coolset.com/v1/items");
                    }
                }
                """,
                isClient: true);
        }

        [Fact]
        public async Task Top_level_statements_are_a_method_too()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                var client = new HttpClient();
                await [|client.GetAsync("https://api.coolset.com/v1/items")|];
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                var client = new HttpClient();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                await client.GetAsync("https://api.coolset.com/v1/items");
                """,
                isClient: true,
                kind: OutputKind.ConsoleApplication);
        }

        [Fact]
        public async Task Url_in_a_local_finds_the_methods_only_request()
        {
            await AssertPlacementAsync(
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        var url = [|"https://api.coolset.com/v1/items"|];
                        var request = new HttpRequestMessage(HttpMethod.Get, url);
                        client.Send(request);
                    }
                }
                """,
                """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        var url = "https://api.coolset.com/v1/items";
                        var request = new HttpRequestMessage(HttpMethod.Get, url);
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("COOLSET_API_TOKEN"));
                        client.Send(request);
                    }
                }
                """);
        }

        [Fact]
        public async Task Client_from_outside_and_no_request_has_no_target()
        {
            var (model, node) = await CompileAsync(
                """
                using System.Net.Http;
                class C
                {
                    void M(HttpClient client) => [|client.GetAsync("https://api.coolset.com/v1/items")|];
                }
                """);
            Assert.Null(BearerHeaderPlacement.Find(model, node, CancellationToken.None));
        }

        [Fact]
        public async Task Request_from_a_parameter_has_no_target()
        {
            var (model, node) = await CompileAsync(
                """
                using System.Net.Http;
                class C
                {
                    void M(HttpClient client, HttpRequestMessage request) => [|client.Send(request)|];
                }
                """);
            Assert.Null(BearerHeaderPlacement.Find(model, node, CancellationToken.None));
        }

        [Fact]
        public async Task Two_requests_and_an_unrelated_node_has_no_target()
        {
            var (model, node) = await CompileAsync(
                """
                using System.Net.Http;
                class C
                {
                    void M(HttpClient client)
                    {
                        var url = [|"https://api.coolset.com/v1/items"|];
                        client.Send(new HttpRequestMessage(HttpMethod.Get, url));
                        var a = new HttpRequestMessage(HttpMethod.Get, url);
                        var b = new HttpRequestMessage(HttpMethod.Get, url);
                    }
                }
                """);
            Assert.Null(BearerHeaderPlacement.Find(model, node, CancellationToken.None));
        }

        [Fact]
        public async Task Several_insertions_after_one_statement_write_one_line()
        {
            var source =
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    void M(HttpClient client)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        [|client.Send(request)|];
                        client.Send(request);
                    }
                }
                """;
            var (model, node) = await CompileAsync(source);
            var document = Document(model);
            var editor = await DocumentEditor.CreateAsync(document);
            foreach (var reported in new[] { node, node })
            {
                var target = BearerHeaderPlacement.Find(model, reported, CancellationToken.None);
                Assert.NotNull(target);
                BearerHeaderPlacement.InsertAfter(editor, target!, SyntaxFactory.ParseExpression(Credential));
            }

            var fixedDocument = await DocumentCleanup.RunAsync(editor.GetChangedDocument(), CancellationToken.None);
            var text = (await fixedDocument.GetTextAsync()).ToString();
            Assert.Single(text.Split('\n'), l => l.Contains("Authorization =", StringComparison.Ordinal));
        }

        private static async Task AssertPlacementAsync(string markup, string expected, bool isClient = false, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        {
            var (model, node) = await CompileAsync(markup, kind);
            var target = BearerHeaderPlacement.Find(model, node, CancellationToken.None);
            Assert.NotNull(target);
            Assert.Equal(isClient, target!.IsClient);
            var editor = await DocumentEditor.CreateAsync(Document(model));
            BearerHeaderPlacement.InsertAfter(editor, target, SyntaxFactory.ParseExpression(Credential));
            var fixedDocument = await DocumentCleanup.RunAsync(editor.GetChangedDocument(), CancellationToken.None);
            var actual = (await fixedDocument.GetTextAsync()).ToString();
            Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
            var diagnostics = (await fixedDocument.Project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(diagnostics);
        }

        private static readonly ConditionalDocuments Documents = new ConditionalDocuments();

        private static Document Document(SemanticModel model) => Documents.Get(model);

        private static async Task<(SemanticModel Model, SyntaxNode Node)> CompileAsync(string markup, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        {
            var start = markup.IndexOf("[|", StringComparison.Ordinal);
            var end = markup.IndexOf("|]", StringComparison.Ordinal) - 2;
            var source = markup.Remove(start, 2).Remove(end, 2);
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Test", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(kind))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp12))
                .AddMetadataReferences(references);
            var document = project.AddDocument("Test.cs", SourceText.From(source));
            var model = (await document.GetSemanticModelAsync())!;
            var root = await document.GetSyntaxRootAsync();
            var node = root!.FindNode(TextSpan.FromBounds(start, end), getInnermostNodeForTie: false);
            Documents.Add(model, document);
            return (model, node);
        }

        private sealed class ConditionalDocuments
        {
            private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SemanticModel, Document> _table = new();

            public void Add(SemanticModel model, Document document) => _table.Add(model, document);

            public Document Get(SemanticModel model) => _table.TryGetValue(model, out var document) ? document : throw new InvalidOperationException();
        }
    }
}
