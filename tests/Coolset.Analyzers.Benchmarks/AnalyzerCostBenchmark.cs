using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Benchmarks
{
    /// <summary>
    /// What the Coolset analyzers cost next to the compiler's own binding, as the compiler's
    /// <c>/reportanalyzer</c> measures it: the summed execution time of each analyzer's callbacks.
    /// Both sides run single-threaded (<c>ConcurrentBuild = false</c>, no concurrent analysis) so the ratio
    /// compares CPU work, not how well either side spreads over two cores.
    /// </summary>
    internal sealed class AnalyzerCostBenchmark
    {
        private const int Seed = 42;
        private readonly int _repeat;
        private readonly TextWriter _output;
        private readonly bool _plainOnly;
        private readonly bool _clientsOnly;

        /// <param name="plainOnly">Measure only the plain variant (no HTTP, no logging library): half the time on a busy machine.</param>
        /// <param name="clientsOnly">Measure only the variant with Coolset clients (for A/B runs of a change).</param>
        public AnalyzerCostBenchmark(int repeat, TextWriter output, bool plainOnly = false, bool clientsOnly = false)
        {
            _repeat = repeat;
            _output = output;
            _plainOnly = plainOnly;
            _clientsOnly = clientsOnly;
        }

        public async Task RunAsync(IReadOnlyList<int> sizes)
        {
            var analyzers = CoolsetComponents.CreateAnalyzers();
            var full = await BenchmarkReferences.WithHttpAndLoggingAsync(CancellationToken.None).ConfigureAwait(false);
            var plain = await BenchmarkReferences.WithoutHttpOrLoggingAsync(CancellationToken.None).ConfigureAwait(false);
            _output.WriteLine($"Analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");
            _output.WriteLine($"Runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, repeat {_repeat} (median)");

            _output.WriteLine("Warm-up (100 files, not reported)...");
            await MeasureAsync(CodebaseFlavor.WithCoolsetClients, 100, full, analyzers, repeat: 1).ConfigureAwait(false);

            var rows = new List<Measurement>();
            foreach (var size in sizes)
            {
                foreach (var (flavor, references) in new[] { (CodebaseFlavor.WithCoolsetClients, full), (CodebaseFlavor.PlainBusiness, plain) })
                {
                    if ((_plainOnly && flavor != CodebaseFlavor.PlainBusiness) || (_clientsOnly && flavor == CodebaseFlavor.PlainBusiness))
                    {
                        continue;
                    }

                    var row = await MeasureAsync(flavor, size, references, analyzers, _repeat).ConfigureAwait(false);
                    rows.Add(row);
                    _output.WriteLine(row.Describe());
                }
            }

            _output.WriteLine();
            WriteTable(rows, analyzers);
        }

        private async Task<Measurement> MeasureAsync(CodebaseFlavor flavor, int size, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, int repeat)
        {
            var generator = new CodeGenerator(Seed, flavor, findingEvery: flavor == CodebaseFlavor.PlainBusiness ? 0 : 100);
            var files = generator.Generate(size);
            var additionalFiles = generator.GenerateConfigurationFiles(size).Select(f => (AdditionalText)new GeneratedAdditionalText(f)).ToImmutableArray();
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path)).ToImmutableArray();
            var lines = files.Sum(f => f.Text.Count(c => c == '\n'));
            var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
            Compilation Fresh() => CSharpCompilation.Create("Bench" + size, trees, references, compilationOptions);

            var binding = new List<TimeSpan>();
            var errors = 0;
            for (var i = 0; i < repeat; i++)
            {
                var compilation = Fresh();
                Collect();
                var stopwatch = Stopwatch.StartNew();
                var diagnostics = compilation.GetDiagnostics();
                binding.Add(stopwatch.Elapsed);
                errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            }

            var perAnalyzer = analyzers.ToDictionary(a => a, _ => new List<TimeSpan>());
            var wall = new List<TimeSpan>();
            var found = ImmutableArray<Diagnostic>.Empty;
            for (var i = 0; i < repeat; i++)
            {
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(additionalFiles),
                    (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer.GetType().Name} threw", exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: true,
                    reportSuppressedDiagnostics: false);
                // Declarations first, as in a build (csc binds them in its Declare stage while the analyzers start) and
                // in the IDE (which keeps them for the files that did not change): otherwise the first analyzer that
                // looks a type up is charged with merging the declarations of every file. docs/performance.md.
                var compilation = Fresh();
                compilation.GetDeclarationDiagnostics();
                var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
                Collect();
                var stopwatch = Stopwatch.StartNew();
                found = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
                wall.Add(stopwatch.Elapsed);
                foreach (var analyzer in analyzers)
                {
                    var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                    perAnalyzer[analyzer].Add(telemetry.ExecutionTime);
                }
            }

            return new Measurement(
                flavor, size, lines, errors, Median(binding), Median(wall),
                analyzers.Select(a => Median(perAnalyzer[a])).ToImmutableArray(),
                found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}").ToImmutableArray());
        }

        private void WriteTable(IReadOnlyList<Measurement> rows, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var names = analyzers.Select(a => a.GetType().Name.Replace("Analyzer", string.Empty, StringComparison.Ordinal)).ToList();
            _output.WriteLine("| codebase | files | lines | binding (ms) | " + string.Join(" | ", names.Select(n => n + " (ms, % of binding)")) + " | all Coolset (ms, % of binding) | diagnostics |");
            _output.WriteLine("|---|---:|---:|---:|" + string.Concat(names.Select(_ => "---:|")) + "---:|---|");
            foreach (var row in rows)
            {
                var cells = row.PerAnalyzer.Select(t => $"{Ms(t)} ({Percent(t, row.Binding)})");
                _output.WriteLine(
                    $"| {(row.Flavor == CodebaseFlavor.WithCoolsetClients ? "with Coolset clients" : "plain (no HTTP, no logging)")} | {row.Size} | {row.Lines} | {Ms(row.Binding)} | " +
                    string.Join(" | ", cells) + $" | {Ms(row.AllAnalyzers)} ({Percent(row.AllAnalyzers, row.Binding)}) | {string.Join(", ", row.Found)} |");
            }
        }

        private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString(time.TotalMilliseconds < 10 ? "F2" : "F0", CultureInfo.InvariantCulture);

        private static string Percent(TimeSpan part, TimeSpan whole) => (100 * part.TotalMilliseconds / whole.TotalMilliseconds).ToString("F2", CultureInfo.InvariantCulture) + "%";

        private static TimeSpan Median(List<TimeSpan> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        private static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private sealed class Measurement
        {
            public Measurement(CodebaseFlavor flavor, int size, int lines, int errors, TimeSpan binding, TimeSpan wall, ImmutableArray<TimeSpan> perAnalyzer, ImmutableArray<string> found)
            {
                Flavor = flavor;
                Size = size;
                Lines = lines;
                Errors = errors;
                Binding = binding;
                Wall = wall;
                PerAnalyzer = perAnalyzer;
                Found = found;
            }

            public CodebaseFlavor Flavor { get; }

            public int Size { get; }

            public int Lines { get; }

            public int Errors { get; }

            public TimeSpan Binding { get; }

            /// <summary>Wall time of the analyzer run, including the driver's own binding and operation trees.</summary>
            public TimeSpan Wall { get; }

            public ImmutableArray<TimeSpan> PerAnalyzer { get; }

            public ImmutableArray<string> Found { get; }

            public TimeSpan AllAnalyzers => PerAnalyzer.Aggregate(TimeSpan.Zero, (a, b) => a + b);

            public string Describe() =>
                $"{Flavor} {Size} files ({Lines} lines, {Errors} compile errors): binding {Ms(Binding)} ms, analyzer run wall {Ms(Wall)} ms, " +
                $"Coolset callbacks {Ms(AllAnalyzers)} ms = {Percent(AllAnalyzers, Binding)}; {string.Join(", ", Found)}";
        }
    }
}
