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
            // Cancelled from inside the analysis (when the first file reaches the analyzers), not after a fixed delay:
            // on a busy machine a delay could end after the whole analysis, and the test would then prove nothing.
            var compilation = await _codebase.CompileAsync();
            using var cancellation = new CancellationTokenSource();
            var trigger = new CancelOnFirstFile(cancellation);
            var withAnalyzers = compilation.WithAnalyzers(CoolsetComponents.CreateAnalyzers().Add(trigger), GeneratedCodebase.AnalyzerOptions());

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token));
            Assert.NotNull(trigger.SinceCancel); // cancelled while files were still being analyzed
            Assert.True(trigger.SinceCancel!.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {trigger.SinceCancel.Elapsed}");
        }

#pragma warning disable RS1001, RS1036, RS2008 // a test's helper, handed to WithAnalyzers directly: never loaded, shipped or released
        private sealed class CancelOnFirstFile : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
                "TEST0001", "Never reported", "Never reported", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS1001, RS1036, RS2008

            private readonly CancellationTokenSource _cancellation;
            private int _fired;

            public CancelOnFirstFile(CancellationTokenSource cancellation) => _cancellation = cancellation;

            public Stopwatch? SinceCancel { get; private set; }

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxTreeAction(_ =>
                {
                    if (Interlocked.Exchange(ref _fired, 1) == 0)
                    {
                        SinceCancel = Stopwatch.StartNew();
                        _cancellation.Cancel();
                    }
                });
            }
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
