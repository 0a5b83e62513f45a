using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>How big a mutation crash run is. The test suite runs <see cref="Quick"/>; the benchmark's long mode scales it up.</summary>
    public sealed class MutationSettings
    {
        public MutationSettings(int seed, int caseCount, int batchSize, int maxDiagnosticsToFixPerBatch)
        {
            Seed = seed;
            CaseCount = caseCount;
            BatchSize = batchSize;
            MaxDiagnosticsToFixPerBatch = maxDiagnosticsToFixPerBatch;
        }

        public const int DefaultSeed = 20261128;

        public static MutationSettings Quick { get; } = new MutationSettings(DefaultSeed, caseCount: 2000, batchSize: 100, maxDiagnosticsToFixPerBatch: 3);

        public int Seed { get; }

        public int CaseCount { get; }

        public int BatchSize { get; }

        public int MaxDiagnosticsToFixPerBatch { get; }
    }

    public sealed class MutationResult
    {
        public MutationResult(IReadOnlyList<CrashReport> crashes, int cases, int baseSources, CrashHarness harness)
        {
            Crashes = crashes;
            Cases = cases;
            BaseSources = baseSources;
            AnalyzerDiagnostics = harness.AnalyzerDiagnostics;
            CodeActionsApplied = harness.CodeActionsApplied;
            FixAllsApplied = harness.FixAllsApplied;
            AnalysisTime = harness.AnalysisTime;
            FixTime = harness.FixTime;
            CompilerFailures = harness.CompilerFailures;
        }

        /// <summary>Cases the compiler itself could not get through without any analyzer (a Roslyn bug, not ours): left out.</summary>
        public IReadOnlyList<string> CompilerFailures { get; }

        public IReadOnlyList<CrashReport> Crashes { get; }

        public int Cases { get; }

        public int BaseSources { get; }

        public int AnalyzerDiagnostics { get; }

        public int CodeActionsApplied { get; }

        public int FixAllsApplied { get; }

        public TimeSpan AnalysisTime { get; }

        public TimeSpan FixTime { get; }

        public string Summary =>
            $"{Cases} cases from {BaseSources} base sources: {AnalyzerDiagnostics} analyzer diagnostics, " +
            $"{CodeActionsApplied} code actions and {FixAllsApplied} Fix Alls applied, {Crashes.Count} crashes " +
            $"(compile + analyze {AnalysisTime.TotalSeconds:F1} s, fixes {FixTime.TotalSeconds:F1} s)" +
            (CompilerFailures.Count == 0 ? string.Empty : $"; {CompilerFailures.Count} cases left out because the compiler alone throws on them: " + string.Join("; ", CompilerFailures));
    }

    public sealed class MutationBases
    {
        public MutationBases(IReadOnlyList<string> corpus, IReadOnlyList<string> generated)
        {
            Corpus = corpus;
            Generated = generated;
        }

        public IReadOnlyList<string> Corpus { get; }

        public IReadOnlyList<string> Generated { get; }
    }

    /// <summary>
    /// The mutation crash test: sources of the test suite and of the benchmark generator, each case mutated by its
    /// own <see cref="Random"/> seeded from (seed, case index), so any one case can be rebuilt from the two numbers.
    /// </summary>
    public static class MutationCampaign
    {
        public const int GeneratedBaseFiles = 48;

        /// <summary>The test sources and the generated files: a case picks a test source two times in three (they are small
        /// and dense with what the rules look for) and a larger generated file otherwise.</summary>
        public static MutationBases BaseSources(IReadOnlyList<string> corpus)
        {
            var generator = new CodeGenerator(MutationSettings.DefaultSeed, CodebaseFlavor.WithCoolsetClients, findingEvery: 3);
            var generated = new List<string>();
            for (var i = 0; i < GeneratedBaseFiles; i++)
            {
                generated.Add(generator.GenerateFile(i).Text);
            }

            return new MutationBases(corpus, generated);
        }

        public static CrashCase CreateCase(int seed, int index, MutationBases bases)
        {
            var random = new Random(unchecked(seed * 7919 + index));
            var fromCorpus = bases.Corpus.Count > 0 && random.Next(3) != 0;
            var pool = fromCorpus ? bases.Corpus : bases.Generated;
            var pick = random.Next(pool.Count);
            var applied = new List<string>();
            var mutated = SourceMutator.Mutate(pool[pick], random, applied);
            return new CrashCase(index, (fromCorpus ? "test source " : "generated file ") + pick, string.Join("; ", applied), mutated);
        }

        public static async Task<MutationResult> RunAsync(
            MutationSettings settings, IReadOnlyList<string> corpus, ImmutableArray<MetadataReference> references, Action<string>? progress, CancellationToken cancellationToken)
        {
            var bases = BaseSources(corpus);
            var harness = new CrashHarness(references, CoolsetComponents.CreateAnalyzers(), CoolsetComponents.CreateCodeFixProviders());
            var shared = new[] { new CodeGenerator(settings.Seed, CodebaseFlavor.WithCoolsetClients).GlobalUsings() };
            var crashes = new List<CrashReport>();
            for (var start = 0; start < settings.CaseCount; start += settings.BatchSize)
            {
                var batch = new List<CrashCase>();
                for (var index = start; index < Math.Min(settings.CaseCount, start + settings.BatchSize); index++)
                {
                    batch.Add(CreateCase(settings.Seed, index, bases));
                }

                var batchRandom = new Random(unchecked(settings.Seed * 31 + start));
                var found = await harness.RunBatchAsync(batch, shared, settings.MaxDiagnosticsToFixPerBatch, batchRandom, cancellationToken).ConfigureAwait(false);
                crashes.AddRange(found);
                progress?.Invoke($"cases {start}..{start + batch.Count - 1}: {crashes.Count} crashes so far");
                foreach (var crash in found)
                {
                    progress?.Invoke(crash.Describe(settings.Seed)); // at once: a long run can be stopped as soon as it has found something
                }
            }

            return new MutationResult(crashes, settings.CaseCount, bases.Corpus.Count + bases.Generated.Count, harness);
        }
    }
}
