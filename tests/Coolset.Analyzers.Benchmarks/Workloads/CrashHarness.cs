using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>One source the crash test runs: where it came from and what was done to it.</summary>
    public sealed class CrashCase
    {
        public CrashCase(int index, string origin, string mutations, string source)
        {
            Index = index;
            Origin = origin;
            Mutations = mutations;
            Source = source;
        }

        public int Index { get; }

        public string Origin { get; }

        public string Mutations { get; }

        public string Source { get; }

        public string FileName => $"Case{Index}.cs";
    }

    /// <summary>An exception an analyzer or a code fix let escape (or reported as AD0001).</summary>
    public sealed class CrashReport
    {
        public CrashReport(CrashCase? crashCase, string stage, string details)
        {
            Case = crashCase;
            Stage = stage;
            Details = details;
        }

        /// <summary>The case whose file the failure is located in; null when it cannot be told (a compilation-wide callback).</summary>
        public CrashCase? Case { get; }

        public string Stage { get; }

        public string Details { get; }

        public string Describe(int seed) =>
            $"seed {seed}, case {Case?.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(batch)"}, origin {Case?.Origin}, mutations [{Case?.Mutations}]\n" +
            $"stage: {Stage}\n{Details}\n--- source ---\n{Case?.Source}\n--------------";
    }

    /// <summary>
    /// Runs every analyzer over a batch of sources in one compilation, then every code fix (each registered action
    /// and the document-scope Fix All) over a sample of the diagnostics, and collects whatever escaped.
    /// </summary>
    public sealed class CrashHarness
    {
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly ImmutableArray<CodeFixProvider> _fixers;

        public CrashHarness(ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
        {
            _references = references;
            _analyzers = analyzers;
            _fixers = fixers;
        }

        /// <summary>Counts across all batches: what was exercised, so a run that tested nothing shows it.</summary>
        public int AnalyzerDiagnostics { get; private set; }

        public int CodeActionsApplied { get; private set; }

        public int FixAllsApplied { get; private set; }

        public TimeSpan AnalysisTime { get; private set; }

        public TimeSpan FixTime { get; private set; }

        public async Task<IReadOnlyList<CrashReport>> RunBatchAsync(
            IReadOnlyList<CrashCase> cases, IReadOnlyList<string> sharedSources, int maxDiagnosticsToFix, Random random, CancellationToken cancellationToken)
        {
            var reports = new List<CrashReport>();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            using var workspace = new AdhocWorkspace();
            var project = CreateProject(workspace, cases, sharedSources);
            var byPath = cases.ToDictionary(c => c.FileName, StringComparer.Ordinal);
            CrashCase? CaseOf(SyntaxTree? tree) => tree != null && byPath.TryGetValue(tree.FilePath, out var c) ? c : null;

            ImmutableArray<Diagnostic> diagnostics;
            List<CrashReport> analyzerCrashes;
            try
            {
                (diagnostics, analyzerCrashes) = await AnalyzeAsync(project, CaseOf, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Something threw outside any analyzer callback: find the case, and tell our crash from the compiler's own.
                reports.AddRange(await AnalyzeEachAloneAsync(cases, sharedSources, cancellationToken).ConfigureAwait(false));
                AnalysisTime += stopwatch.Elapsed;
                return reports;
            }

            if (analyzerCrashes.Any(c => c.Case == null) && cases.Count > 1)
            {
                // The exception names no file (AD0001 has no location): find the case by analyzing each one alone.
                analyzerCrashes = new List<CrashReport>();
                foreach (var crashCase in cases)
                {
                    using var alone = new AdhocWorkspace();
                    var (_, crashes) = await AnalyzeAsync(CreateProject(alone, new[] { crashCase }, sharedSources), _ => crashCase, cancellationToken).ConfigureAwait(false);
                    analyzerCrashes.AddRange(crashes);
                }
            }

            reports.AddRange(analyzerCrashes);
            AnalysisTime += stopwatch.Elapsed;
            stopwatch.Restart();
            var ours = diagnostics.Where(d => d.Id != "AD0001").ToList();
            AnalyzerDiagnostics += ours.Count;
            var fixable = ours
                .Where(d => d.Location.IsInSource && CaseOf(d.Location.SourceTree) != null && _fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)))
                .OrderBy(_ => random.Next())
                .Take(maxDiagnosticsToFix)
                .ToList();
            var fixAllDone = new HashSet<(CodeFixProvider, string?)>();
            foreach (var diagnostic in fixable)
            {
                var crashCase = CaseOf(diagnostic.Location.SourceTree);
                var document = project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
                foreach (var fixer in _fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var stage = $"code fix {fixer.GetType().Name} for {diagnostic.Id} at {diagnostic.Location.SourceSpan}";
                    try
                    {
                        var actions = new List<CodeAction>();
                        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), cancellationToken)).ConfigureAwait(false);
                        foreach (var action in actions.SelectMany(Flatten))
                        {
                            await ApplyAsync(action, document.Project.Solution, cancellationToken).ConfigureAwait(false);
                            CodeActionsApplied++;
                            if (fixAllDone.Add((fixer, action.EquivalenceKey)))
                            {
                                await FixAllInDocumentAsync(fixer, document, action.EquivalenceKey, ours, cancellationToken).ConfigureAwait(false);
                            }
                        }
                    }
                    catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                    {
                        reports.Add(new CrashReport(crashCase, stage, exception.ToString()));
                    }
                }
            }

            FixTime += stopwatch.Elapsed;
            return reports;
        }

        /// <summary>Cases whose compilation the compiler itself cannot get through, with no analyzer attached (a Roslyn bug, not ours).</summary>
        public List<string> CompilerFailures { get; } = new List<string>();

        private async Task<List<CrashReport>> AnalyzeEachAloneAsync(IReadOnlyList<CrashCase> cases, IReadOnlyList<string> sharedSources, CancellationToken cancellationToken)
        {
            var reports = new List<CrashReport>();
            foreach (var crashCase in cases)
            {
                using var alone = new AdhocWorkspace();
                var project = CreateProject(alone, new[] { crashCase }, sharedSources);
                try
                {
                    var (_, crashes) = await AnalyzeAsync(project, _ => crashCase, cancellationToken).ConfigureAwait(false);
                    reports.AddRange(crashes);
                }
                catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    if (await CompilerAloneFailsAsync(project, cancellationToken).ConfigureAwait(false))
                    {
                        CompilerFailures.Add($"case {crashCase.Index}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
                    }
                    else
                    {
                        reports.Add(new CrashReport(crashCase, "analysis", exception.ToString()));
                    }
                }
            }

            return reports;
        }

        private static async Task<bool> CompilerAloneFailsAsync(Project project, CancellationToken cancellationToken)
        {
            try
            {
                var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
                compilation.GetDiagnostics(cancellationToken);
                return false;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                return true;
            }
        }

        private async Task<(ImmutableArray<Diagnostic> Diagnostics, List<CrashReport> Crashes)> AnalyzeAsync(
            Project project, Func<SyntaxTree?, CrashCase?> caseOf, CancellationToken cancellationToken)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            var exceptions = new ConcurrentQueue<CrashReport>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                (exception, analyzer, diagnostic) => exceptions.Enqueue(new CrashReport(
                    caseOf(diagnostic.Location.SourceTree), "analyzer " + analyzer.GetType().Name, exception.ToString())),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(_analyzers, options)
                .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var crashes = exceptions.ToList();
            if (crashes.Count == 0)
            {
                crashes.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => new CrashReport(caseOf(d.Location.SourceTree), "AD0001", d.ToString())));
            }

            return (diagnostics, crashes);
        }

        private Project CreateProject(AdhocWorkspace workspace, IReadOnlyList<CrashCase> cases, IReadOnlyList<string> sharedSources)
        {
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId, VersionStamp.Default, "Mutants", "Mutants", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                    metadataReferences: _references));
            for (var i = 0; i < sharedSources.Count; i++)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Shared{i}.cs", SourceText.From(sharedSources[i]), filePath: $"Shared{i}.cs");
            }

            foreach (var crashCase in cases)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), crashCase.FileName, SourceText.From(crashCase.Source), filePath: crashCase.FileName);
            }

            return solution.GetProject(projectId)!;
        }

        private async Task FixAllInDocumentAsync(CodeFixProvider fixer, Document document, string? equivalenceKey, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var provider = fixer.GetFixAllProvider();
            if (provider == null || !provider.GetSupportedFixAllScopes().Contains(FixAllScope.Document))
            {
                return;
            }

            var ids = fixer.FixableDiagnosticIds.Intersect(diagnostics.Select(d => d.Id)).ToImmutableHashSet();
            var context = new FixAllContext(document, fixer, FixAllScope.Document, equivalenceKey, ids, new FixedDiagnostics(diagnostics), cancellationToken);
            var action = await provider.GetFixAsync(context).ConfigureAwait(false);
            if (action != null)
            {
                await ApplyAsync(action, document.Project.Solution, cancellationToken).ConfigureAwait(false);
                FixAllsApplied++;
            }
        }

        /// <summary>The action itself, or the actions nested in it (a fix offering a menu of choices).</summary>
        /// <remarks>Roslyn 4.8 keeps <c>NestedCodeActions</c> internal; a nested action's own operations are empty.</remarks>
        private static IEnumerable<CodeAction> Flatten(CodeAction action)
        {
            var nested = NestedActionsProperty?.GetValue(action) is ImmutableArray<CodeAction> children ? children : ImmutableArray<CodeAction>.Empty;
            return nested.IsDefaultOrEmpty ? new[] { action } : nested.SelectMany(Flatten);
        }

        private static readonly System.Reflection.PropertyInfo? NestedActionsProperty = typeof(CodeAction).GetProperty(
            "NestedCodeActions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);

        /// <summary>Computes the action's changed solution and the text of every document it changed.</summary>
        private static async Task ApplyAsync(CodeAction action, Solution original, CancellationToken cancellationToken)
        {
            foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    foreach (var projectChanges in apply.ChangedSolution.GetChanges(original).GetProjectChanges())
                    {
                        foreach (var documentId in projectChanges.GetChangedDocuments())
                        {
                            await apply.ChangedSolution.GetDocument(documentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
        }

        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly IReadOnlyList<Diagnostic> _diagnostics;

            public FixedDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
            {
                _diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                GetAsync(document.Project, document.FilePath);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(_diagnostics.Where(d => !d.Location.IsInSource));

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            private Task<IEnumerable<Diagnostic>> GetAsync(Project project, string? path) =>
                Task.FromResult(_diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == path));
        }
    }
}
