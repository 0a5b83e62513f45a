using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
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

        private static ImmutableArray<DiagnosticAnalyzer> Instrumented(CallbackLog log) =>
            InstrumentedAnalyzer.Wrap(CoolsetComponents.CreateAnalyzers(), log);
    }
}
