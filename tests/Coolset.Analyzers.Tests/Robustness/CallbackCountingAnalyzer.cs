using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A test-only wrapper, never exported: the wrapped analyzer configures itself (concurrency, generated code) through the forwarding context.
#pragma warning disable RS1001, RS1012, RS1025, RS1026

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>Callback counts per file, shared by the wrapped analyzers of one run.</summary>
    public sealed class CallbackCounts
    {
        /// <summary>The key of callbacks that belong to no file (compilation start and end).</summary>
        public const string CompilationWide = "<compilation>";

        public ConcurrentDictionary<string, int> ByFile { get; } = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        public int Total => ByFile.Values.Sum();

        public int For(string file) => ByFile.TryGetValue(file, out var count) ? count : 0;

        public void Add(SyntaxTree? tree) => ByFile.AddOrUpdate(tree?.FilePath ?? CompilationWide, 1, (_, count) => count + 1);
    }

    /// <summary>
    /// Runs an analyzer unchanged, counting each callback the driver invokes by the file it is for.
    /// Actions registered at compilation start are counted one by one; actions registered inside symbol-start,
    /// code-block-start and operation-block-start callbacks are counted through their start callback.
    /// (<c>TryGetValue</c> caches are not forwarded: no Coolset analyzer uses them.)
    /// </summary>
    public sealed class CallbackCountingAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private readonly CallbackCounts _counts;

        public CallbackCountingAnalyzer(DiagnosticAnalyzer inner, CallbackCounts counts)
        {
            _inner = inner;
            _counts = counts;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new CountingAnalysisContext(context, _counts));

        private static SyntaxTree? TreeOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;

        private sealed class CountingAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext _inner;
            private readonly CallbackCounts _counts;

            public CountingAnalysisContext(AnalysisContext inner, CallbackCounts counts)
            {
                _inner = inner;
                _counts = counts;
            }

            public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _inner.RegisterCompilationStartAction(c =>
                {
                    _counts.Add(null);
                    action(new CountingCompilationStartContext(c, _counts));
                });

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
                _inner.RegisterCompilationAction(c => { _counts.Add(null); action(c); });

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                _inner.RegisterSemanticModelAction(c => { _counts.Add(c.SemanticModel.SyntaxTree); action(c); });

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(c => { _counts.Add(TreeOf(c.Symbol)); action(c); }, symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _inner.RegisterSymbolStartAction(c => { _counts.Add(TreeOf(c.Symbol)); action(c); }, symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
                _inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(c => { _counts.Add(c.CodeBlock.SyntaxTree); action(c); });

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                _inner.RegisterCodeBlockAction(c => { _counts.Add(c.CodeBlock.SyntaxTree); action(c); });

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                _inner.RegisterSyntaxTreeAction(c => { _counts.Add(c.Tree); action(c); });

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(c => { _counts.Add(null); action(c); });

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _inner.RegisterSyntaxNodeAction(c => { _counts.Add(c.Node.SyntaxTree); action(c); }, syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(c => { _counts.Add(c.Operation.Syntax.SyntaxTree); action(c); }, operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
                _inner.RegisterOperationBlockStartAction(c => { _counts.Add(c.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree); action(c); });

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                _inner.RegisterOperationBlockAction(c => { _counts.Add(c.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree); action(c); });
        }

        private sealed class CountingCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _inner;
            private readonly CallbackCounts _counts;

            public CountingCompilationStartContext(CompilationStartAnalysisContext inner, CallbackCounts counts)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                _inner = inner;
                _counts = counts;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
                _inner.RegisterCompilationEndAction(c => { _counts.Add(null); action(c); });

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                _inner.RegisterSemanticModelAction(c => { _counts.Add(c.SemanticModel.SyntaxTree); action(c); });

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(c => { _counts.Add(TreeOf(c.Symbol)); action(c); }, symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _inner.RegisterSymbolStartAction(c => { _counts.Add(TreeOf(c.Symbol)); action(c); }, symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
                _inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(c => { _counts.Add(c.CodeBlock.SyntaxTree); action(c); });

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                _inner.RegisterCodeBlockAction(c => { _counts.Add(c.CodeBlock.SyntaxTree); action(c); });

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                _inner.RegisterSyntaxTreeAction(c => { _counts.Add(c.Tree); action(c); });

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(c => { _counts.Add(null); action(c); });

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _inner.RegisterSyntaxNodeAction(c => { _counts.Add(c.Node.SyntaxTree); action(c); }, syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(c => { _counts.Add(c.Operation.Syntax.SyntaxTree); action(c); }, operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
                _inner.RegisterOperationBlockStartAction(c => { _counts.Add(c.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree); action(c); });

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                _inner.RegisterOperationBlockAction(c => { _counts.Add(c.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree); action(c); });
        }
    }
}
