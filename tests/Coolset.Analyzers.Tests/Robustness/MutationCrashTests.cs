using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.CodeFixes;
using Coolset.Analyzers.Rules;
using Coolset.Analyzers.Tests.Verifiers;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Never crash, on any input: thousands of half-typed variants of the suite's own sources and of generated code,
    /// through every analyzer and every code fix. The benchmark project's <c>--mutations N</c> runs far more.
    /// </summary>
    public class MutationCrashTests
    {
        private readonly ITestOutputHelper _output;

        public MutationCrashTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Reflection_finds_the_shipped_analyzers_and_code_fixes()
        {
            Assert.Contains(CoolsetComponents.CreateAnalyzers(), a => a is HardcodedTokenAnalyzer);
            Assert.Contains(CoolsetComponents.CreateAnalyzers(), a => a is ConfigurationValidationAnalyzer);
            Assert.Contains(CoolsetComponents.CreateCodeFixProviders(), f => f is HardcodedTokenCodeFixProvider);
        }

        [Fact]
        public void The_corpus_holds_the_test_sources_without_markup()
        {
            var corpus = TestSourceCorpus.Load();

            // From ConfigurationValidationTests: a source with markup, as it reads once the markup is gone.
            Assert.Contains(corpus, s => s.Contains("string? token = \"sk_live_1234567890abcdef\";", System.StringComparison.Ordinal));
            Assert.DoesNotContain(corpus, s => s.Contains("{|COOL", System.StringComparison.Ordinal) || s.Contains("|}", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task No_analyzer_or_code_fix_throws_on_mutated_sources()
        {
            var settings = MutationSettings.Quick;
            var references = await TestReferences.AllLogging.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

            var result = await MutationCampaign.RunAsync(settings, TestSourceCorpus.Load(), references, progress: null, CancellationToken.None);

            _output.WriteLine(result.Summary);
            Assert.True(result.Crashes.Count == 0, $"seed {settings.Seed}: {result.Summary}\n\n" +
                string.Join("\n\n", result.Crashes.Take(5).Select(c => c.Describe(settings.Seed))));
            Assert.True(result.AnalyzerDiagnostics > settings.CaseCount / 4, "the mutants hardly trigger the rules: " + result.Summary);
            Assert.True(result.CodeActionsApplied > 0 && result.FixAllsApplied > 0, "no code fix was exercised: " + result.Summary);
        }

        [Fact]
        public void A_case_is_rebuilt_from_seed_and_index_alone()
        {
            var bases = MutationCampaign.BaseSources(TestSourceCorpus.Load());

            var first = MutationCampaign.CreateCase(123, 45, bases);
            var again = MutationCampaign.CreateCase(123, 45, bases);

            Assert.Equal(first.Source, again.Source);
            Assert.Equal(first.Mutations, again.Mutations);
            Assert.NotEqual(first.Source, MutationCampaign.CreateCase(123, 46, bases).Source);
        }
    }
}
