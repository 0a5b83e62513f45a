using System;
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
    /// <summary>Where each analyzer's time goes: count, total and mean duration of each kind of callback it registers.</summary>
    internal static class CallbackProfile
    {
        public static async Task RunAsync(int size, TextWriter output, bool plain = false, int runs = 1)
        {
            var references = plain
                ? await BenchmarkReferences.WithoutHttpOrLoggingAsync(CancellationToken.None).ConfigureAwait(false)
                : await BenchmarkReferences.WithHttpAndLoggingAsync(CancellationToken.None).ConfigureAwait(false);
            var trees = new CodeGenerator(42, plain ? CodebaseFlavor.PlainBusiness : CodebaseFlavor.WithCoolsetClients, findingEvery: plain ? 0 : 100).Generate(size)
                .Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.CSharp12), f.Path))
                .ToImmutableArray();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);

            // Warm up the JIT on the same code, then measure fresh compilations (more than one to trace a profiler over).
            for (var run = 0; run <= runs; run++)
            {
                if (run == 1)
                {
                    output.WriteLine($"Measured runs start at monotonic clock {Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency:F3} s (to match a profiler's timestamps).");
                }

                var log = new CallbackLog();
                var compilation = CSharpCompilation.Create(
                    "Profile", trees, references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
                compilation.GetDeclarationDiagnostics(); // declarations first, as in AnalyzerCostBenchmark
                await compilation.WithAnalyzers(InstrumentedAnalyzer.Wrap(CoolsetComponents.CreateAnalyzers(), log), options)
                    .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
                Report(log, size, plain ? "plain" : "with Coolset clients", output);
            }
        }

        private static void Report(CallbackLog log, int size, string flavor, TextWriter output)
        {
            output.WriteLine($"Callbacks on {size} files ({flavor}):");
            output.WriteLine("| callback | calls | total (ms) | mean (µs) | allocated (KB) | GC pauses within (ms) |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var entry in log.TicksByCallback.OrderByDescending(e => e.Value))
            {
                var milliseconds = entry.Value * 1000.0 / Stopwatch.Frequency;
                var calls = log.CountByCallback[entry.Key];
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "| {0} | {1} | {2:F1} | {3:F1} | {4:F0} | {5:F1} |",
                    entry.Key,
                    calls,
                    milliseconds,
                    milliseconds * 1000 / calls,
                    log.BytesByCallback[entry.Key] / 1024.0,
                    TimeSpan.FromTicks(log.GcPauseByCallback[entry.Key]).TotalMilliseconds));
            }

            output.WriteLine();
        }
    }
}
