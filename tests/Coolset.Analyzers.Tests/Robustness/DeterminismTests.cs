using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    [Collection(GeneratedCodebaseCollection.Name)]
    public class DeterminismTests
    {
        private const int Runs = 3;
        private const int FilesAnalyzed = 100;
        private readonly GeneratedCodebase _codebase;

        public DeterminismTests(GeneratedCodebase codebase)
        {
            _codebase = codebase;
        }

        [Fact]
        public async Task Concurrent_analysis_gives_the_same_diagnostics_every_time()
        {
            var corpus = TestSourceCorpus.Load()
                .Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), $"Corpus{i}.cs"))
                .ToList();
            var baseline = await RenderAsync(await _codebase.CompileAsync(FilesAnalyzed, corpus), concurrent: false);
            Assert.Contains(baseline, d => d.StartsWith("COOL001|", StringComparison.Ordinal));
            Assert.Contains(baseline, d => d.StartsWith("COOL007|", StringComparison.Ordinal));

            for (var run = 0; run < Runs; run++)
            {
                var again = await RenderAsync(await _codebase.CompileAsync(FilesAnalyzed, corpus), concurrent: true);
                Assert.Equal(baseline, again);
            }
        }

        [Fact]
        public async Task Cancellation_stops_analysis_of_a_large_compilation_promptly()
        {
            var compilation = await _codebase.CompileAsync();
            var withAnalyzers = compilation.WithAnalyzers(CoolsetComponents.CreateAnalyzers(), GeneratedCodebase.AnalyzerOptions());
            using var cancellation = new CancellationTokenSource();
            var analysis = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token);

            await Task.Delay(TimeSpan.FromMilliseconds(200));
            Assert.False(analysis.IsCompleted, "the compilation is too small to show cancellation: analysis ended within 200 ms");
            var sinceCancel = Stopwatch.StartNew();
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
            Assert.True(sinceCancel.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {sinceCancel.Elapsed}");
        }

        /// <summary>Each diagnostic as ID, file, span, message, properties and additional locations; sorted, since order is no contract.</summary>
        private static async Task<IReadOnlyList<string>> RenderAsync(Compilation compilation, bool concurrent)
        {
            var diagnostics = await compilation
                .WithAnalyzers(CoolsetComponents.CreateAnalyzers(), GeneratedCodebase.AnalyzerOptions(concurrent: concurrent))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics.Select(Render).OrderBy(s => s, StringComparer.Ordinal).ToList();
        }

        private static string Render(Diagnostic d) =>
            string.Join("|",
                d.Id,
                d.Severity,
                Location(d.Location),
                d.GetMessage(CultureInfo.InvariantCulture),
                string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)),
                string.Join(";", d.AdditionalLocations.Select(Location)));

        private static string Location(Location location) =>
            location.IsInSource ? $"{location.SourceTree!.FilePath}@{location.SourceSpan}" : "none";
    }
}
