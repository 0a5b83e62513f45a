using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Core;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>What the IDE does on each keystroke: analyze one open document of a large compilation, and nothing else.</summary>
    [Collection(GeneratedCodebaseCollection.Name)]
    public class SingleDocumentAnalysisTests
    {
        private readonly GeneratedCodebase _codebase;

        public SingleDocumentAnalysisTests(GeneratedCodebase codebase)
        {
            _codebase = codebase;
        }

        [Fact]
        public async Task Analyzing_one_document_runs_callbacks_for_that_document_only()
        {
            // A Coolset client that also carries a hardcoded secret: the busiest kind of file for the rules.
            var target = _codebase.Trees.First(t => t.FilePath.Contains("CoolsetFootprintClient", StringComparison.Ordinal) &&
                                                    t.GetText().ToString().Contains("LegacySecrets", StringComparison.Ordinal));

            var single = new CallbackLog();
            var compilation = await _codebase.CompileAsync();
            var withAnalyzers = compilation.WithAnalyzers(Instrumented(single), GeneratedCodebase.AnalyzerOptions());
            var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(target, CancellationToken.None);
            var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(target), filterSpan: null, CancellationToken.None);

            Assert.NotEmpty(syntax.Concat(semantic));
            Assert.True(single.For(target.FilePath) > 0, "no callback ran for the analyzed document");
            var elsewhere = single.CountByFile.Where(p => p.Key != target.FilePath && p.Key != CallbackLog.CompilationWide).ToList();
            Assert.True(elsewhere.Count == 0, "callbacks ran for other documents: " + string.Join(", ", elsewhere.Take(10).Select(p => $"{p.Key}×{p.Value}")));

            var whole = new CallbackLog();
            await (await _codebase.CompileAsync()).WithAnalyzers(Instrumented(whole), GeneratedCodebase.AnalyzerOptions())
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Equal(_codebase.Trees.Length, whole.CountByFile.Keys.Count(k => k != CallbackLog.CompilationWide));
            Assert.True(whole.Total > 50 * single.Total, $"whole compilation: {whole.Total} callbacks; one document: {single.Total}");
        }

        [Fact]
        public async Task The_compilation_wide_client_registration_fact_is_computed_once_and_only_when_a_send_needs_it()
        {
            // COOL005's one compilation-wide fact (does this compilation register HTTP clients and authorize them
            // nowhere?) walks the files that mention a registration. The IDE runs compilation-start actions again for
            // every document request, so the fact must be cached per compilation, not per compilation start.
            var registration = CSharpSyntaxTree.ParseText(
                """
                namespace Contoso.Startup;

                public static class Registrations
                {
                    public static void Register(IServiceCollection services) => services.AddHttpClient<Contoso.Clients.Items0>();
                }
                """,
                new CSharpParseOptions(LanguageVersion.CSharp12),
                "Registrations.cs");
            var typedClients = Enumerable.Range(0, 10).Select(i => CSharpSyntaxTree.ParseText(
                $$"""
                namespace Contoso.Clients;

                public sealed class Items{{i}}
                {
                    private readonly System.Net.Http.HttpClient _client;

                    public Items{{i}}(System.Net.Http.HttpClient client) => _client = client;

                    public System.Threading.Tasks.Task<string> All() => _client.GetStringAsync("https://api.coolset.com/v1/items/{{i}}");
                }
                """,
                new CSharpParseOptions(LanguageVersion.CSharp12),
                $"Items{i}.cs")).ToList();
            // The codebase without its typed clients' auth handlers: registered clients that nothing authorizes.
            var compilation = await _codebase.CompileAsync(
                extraTrees: typedClients.Append(registration),
                include: tree => !tree.GetText().ToString().Contains("AddHttpMessageHandler", StringComparison.Ordinal));
            var plainDocuments = _codebase.Trees.Where(t => !t.GetText().ToString().Contains("HttpClient", StringComparison.Ordinal)).Take(5).ToList();

            var withAnalyzers = compilation.WithAnalyzers(CoolsetComponents.CreateAnalyzers(), GeneratedCodebase.AnalyzerOptions());
            foreach (var document in plainDocuments)
            {
                await AnalyzeOneDocumentAsync(withAnalyzers, document);
            }

            Assert.False(ClientRegistrations.IsRead(registration)); // no send yet: nothing asked

            var first = true;
            foreach (var document in typedClients)
            {
                var diagnostics = await AnalyzeOneDocumentAsync(withAnalyzers, document);
                Assert.Contains(diagnostics, d => d.Id == RuleIds.RequestWithoutAuthorization); // the fact was needed, and true
                Assert.True(ClientRegistrations.IsRead(registration));
                if (first)
                {
                    // Every file is read on the first request, each at most once. Roslyn 4.8 analyzes a fresh copy
                    // of the compilation for every request, so the files' parts are cached per syntax tree.
                    Assert.All(compilation.SyntaxTrees, tree => Assert.True(ClientRegistrations.IsRead(tree), tree.FilePath));
                    first = false;
                }
            }
        }

        /// <summary>What the IDE asks for an open document: its semantic diagnostics, from the project's one <see cref="CompilationWithAnalyzers"/>.</summary>
        private static async Task<ImmutableArray<Diagnostic>> AnalyzeOneDocumentAsync(CompilationWithAnalyzers withAnalyzers, SyntaxTree document) =>
            await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(withAnalyzers.Compilation.GetSemanticModel(document), filterSpan: null, CancellationToken.None);

        private static ImmutableArray<DiagnosticAnalyzer> Instrumented(CallbackLog log) =>
            InstrumentedAnalyzer.Wrap(CoolsetComponents.CreateAnalyzers(), log);
    }
}
