using System;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>Inputs the mutation test once found crashing, reduced to their core; each must stay quiet and crash-free.</summary>
    public class KnownCrashTests
    {
        [Theory]
        // seed 20261128, case 650: the token fix rewrote a fixed-size buffer length and the Simplifier threw.
        [InlineData("class C { int M[\"LIVE_TOKEN\"]; }")]
        [InlineData("unsafe struct S { fixed byte B[(\"LIVE_TOKEN\" == \"x\") ? 1 : 2]; }")]
        [InlineData("class C\n{\n    void M[System.Obsolete(\"LIVE_TOKEN\")]()\n    {\n    }\n}\n")]
        // seed 20261201, case 27651 (the parameter is 'apiToken' here: a bare 'token' in a plain class is not a credential): the COOL003 fix removed the parentheses around a format argument instead of the
        // argument (an operation's syntax is the expression inside them), and the syntax remover threw ArgumentNullException.
        [InlineData("class C { void M(string apiToken, string url, string apiKey) { System.Console.WriteLine(\"{0} {1} {2} {0}\", apiToken,(\"sk_\" + (\"live_\" + \"1234567890abcdef\")) url, apiKey); } }")]
        [InlineData("class C { void M(string apiToken, string url) { System.Console.WriteLine(\"{0} {1}\", new object[] { url, ((apiToken)) }); } }")]
        // Half-typed switch expressions around a token: the shape in which Roslyn 4.8's GetOperation once threw
        // InvalidOperationException ("Unexpected value 'UnconvertedSwitchExpression'") in a crash run, under the token
        // fix. That exact input was not kept and these do not make Roslyn throw; every lookup now goes through
        // OperationOrNull, and these keep the fixes on switch arms exercised.
        [InlineData("class C { void M(int i) { i switch { 1 => \"LIVE_TOKEN\", _ => \"\" }; } }")]
        [InlineData("class C { void M(int i) { var s = i switch { 1 => \"LIVE_TOKEN\", _ => }; } }")]
        [InlineData("class C { object M(int i) => i switch { 1 => \"LIVE_TOKEN\" } switch }")]
        [InlineData("class C { void M(int i) { _ = i switch { 1 => \"LIVE_TOKEN\", 2 => 3 }; } }")]
        [InlineData("class C { void M(int i) { var s = i switch { 1 => \"LIVE_TOKEN\", _ => null }.Length switch }; } }")]
        public async Task Analyzers_and_fixes_do_not_crash(string template)
        {
            // Test names show their arguments; a full token is substituted only here.
            var source = template.Replace("LIVE_TOKEN", "sk_" + "live_1234567890abcdef", StringComparison.Ordinal);
            var harness = new CrashHarness(
                await TestReferences.Logging.ResolveAsync(LanguageNames.CSharp, CancellationToken.None),
                CoolsetComponents.CreateAnalyzers(),
                CoolsetComponents.CreateCodeFixProviders());

            var crashes = await harness.RunBatchAsync(
                new[] { new CrashCase(0, "known crash", string.Empty, source) }, Array.Empty<string>(), maxDiagnosticsToFix: 10, new Random(0), CancellationToken.None);

            Assert.True(harness.AnalyzerDiagnostics > 0, "the token is no longer reported, so the fix is not exercised");
            Assert.True(crashes.Count == 0, crashes.Count == 0 ? string.Empty : crashes[0].Describe(0));
        }
    }
}
