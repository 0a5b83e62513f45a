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

        public static MutationSettings Quick { get; } = new MutationSettings(DefaultSeed, caseCount: 2000, batchSize: 100, maxDiagnosticsToFixPerBatch: 6);

        public int Seed { get; }

        public int CaseCount { get; }

        public int BatchSize { get; }

        public int MaxDiagnosticsToFixPerBatch { get; }
    }

    public sealed class MutationResult
    {
        public MutationResult(IReadOnlyList<CrashReport> crashes, int cases, int baseSources, int analyzerDiagnostics, int codeActionsApplied, int fixAllsApplied)
        {
            Crashes = crashes;
            Cases = cases;
            BaseSources = baseSources;
            AnalyzerDiagnostics = analyzerDiagnostics;
            CodeActionsApplied = codeActionsApplied;
            FixAllsApplied = fixAllsApplied;
        }

        public IReadOnlyList<CrashReport> Crashes { get; }

        public int Cases { get; }

        public int BaseSources { get; }

        public int AnalyzerDiagnostics { get; }

        public int CodeActionsApplied { get; }

        public int FixAllsApplied { get; }

        public string Summary =>
            $"{Cases} cases from {BaseSources} base sources: {AnalyzerDiagnostics} analyzer diagnostics, " +
            $"{CodeActionsApplied} code actions and {FixAllsApplied} Fix Alls applied, {Crashes.Count} crashes";
    }

    /// <summary>
    /// The mutation crash test: sources of the test suite and of the benchmark generator, each case mutated by its
    /// own <see cref="Random"/> seeded from (seed, case index), so any one case can be rebuilt from the two numbers.
    /// </summary>
    public static class MutationCampaign
    {
        public const int GeneratedBaseFiles = 48;

        public static IReadOnlyList<(string Origin, string Source)> BaseSources(IReadOnlyList<string> corpus)
        {
            var bases = new List<(string, string)>();
            for (var i = 0; i < corpus.Count; i++)
            {
                bases.Add(($"test source {i}", corpus[i]));
            }

            var generator = new CodeGenerator(MutationSettings.DefaultSeed, CodebaseFlavor.WithCoolsetClients, findingEvery: 3);
            for (var i = 0; i < GeneratedBaseFiles; i++)
            {
                bases.Add(($"generated file {i}", generator.GenerateFile(i).Text));
            }

            return bases;
        }

        public static CrashCase CreateCase(int seed, int index, IReadOnlyList<(string Origin, string Source)> bases)
        {
            var random = new Random(unchecked(seed * 7919 + index));
            var (origin, source) = bases[random.Next(bases.Count)];
            var applied = new List<string>();
            var mutated = SourceMutator.Mutate(source, random, applied);
            return new CrashCase(index, origin, string.Join("; ", applied), mutated);
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
                crashes.AddRange(await harness.RunBatchAsync(batch, shared, settings.MaxDiagnosticsToFixPerBatch, batchRandom, cancellationToken).ConfigureAwait(false));
                progress?.Invoke($"cases {start}..{start + batch.Count - 1}: {crashes.Count} crashes so far");
            }

            return new MutationResult(crashes, settings.CaseCount, bases.Count, harness.AnalyzerDiagnostics, harness.CodeActionsApplied, harness.FixAllsApplied);
        }
    }
}
