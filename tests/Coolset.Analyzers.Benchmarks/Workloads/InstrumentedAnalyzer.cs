using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// A measuring wrapper, never exported: the wrapped analyzer configures itself (concurrency, generated code) through the forwarding context.
#pragma warning disable RS1001, RS1012, RS1025, RS1026

namespace Coolset.Analyzers.Workloads
{
    /// <summary>What the wrapped analyzers' callbacks did: how many ran for each file, and the time spent per kind of callback.</summary>
    public sealed class CallbackLog
    {
        /// <summary>The key of callbacks that belong to no file (compilation start and end, additional files).</summary>
        public const string CompilationWide = "<compilation>";

        public ConcurrentDictionary<string, int> CountByFile { get; } = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Stopwatch ticks per "Analyzer.CallbackKind" (e.g. <c>HardcodedTokenAnalyzer.SyntaxTree</c>).</summary>
        public ConcurrentDictionary<string, long> TicksByCallback { get; } = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        public ConcurrentDictionary<string, int> CountByCallback { get; } = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        public int Total => CountByFile.Values.Sum();

        public int For(string file) => CountByFile.TryGetValue(file, out var count) ? count : 0;

        /// <summary>Bytes allocated on the callback's thread while it ran.</summary>
        public ConcurrentDictionary<string, long> BytesByCallback { get; } = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        /// <summary>Time the garbage collector paused the process while the callback ran (ticks of <see cref="TimeSpan"/>).</summary>
        public ConcurrentDictionary<string, long> GcPauseByCallback { get; } = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        public void Record(string callback, SyntaxTree? tree, long ticks, long bytes = 0, long gcPause = 0)
        {
            CountByFile.AddOrUpdate(tree?.FilePath ?? CompilationWide, 1, (_, count) => count + 1);
            CountByCallback.AddOrUpdate(callback, 1, (_, count) => count + 1);
            TicksByCallback.AddOrUpdate(callback, ticks, (_, total) => total + ticks);
            BytesByCallback.AddOrUpdate(callback, bytes, (_, total) => total + bytes);
            GcPauseByCallback.AddOrUpdate(callback, gcPause, (_, total) => total + gcPause);
        }
    }

    /// <summary>
    /// Runs an analyzer unchanged, logging each callback the driver invokes: the file it is for and its duration.
    /// Actions registered at compilation start are logged one by one; actions registered inside symbol-start,
    /// code-block-start and operation-block-start callbacks are logged through their start callback.
    /// (<c>TryGetValue</c> caches are not forwarded: no Coolset analyzer uses them.)
    /// </summary>
    public sealed class InstrumentedAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private readonly Recorder _recorder;

        public InstrumentedAnalyzer(DiagnosticAnalyzer inner, CallbackLog log)
        {
            _inner = inner;
            _recorder = new Recorder(inner.GetType().Name, log);
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new InstrumentedAnalysisContext(context, _recorder));

        public static ImmutableArray<DiagnosticAnalyzer> Wrap(ImmutableArray<DiagnosticAnalyzer> analyzers, CallbackLog log) =>
            analyzers.Select(a => (DiagnosticAnalyzer)new InstrumentedAnalyzer(a, log)).ToImmutableArray();

        private static SyntaxTree? TreeOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;

        private static SyntaxTree? TreeOf(ImmutableArray<IOperation> blocks) => blocks.FirstOrDefault()?.Syntax.SyntaxTree;

        private sealed class Recorder
        {
            private readonly string _analyzer;
            private readonly CallbackLog _log;

            public Recorder(string analyzer, CallbackLog log)
            {
                _analyzer = analyzer;
                _log = log;
            }

            public Action<T> Wrap<T>(string kind, Func<T, SyntaxTree?> treeOf, Action<T> action)
            {
                var callback = _analyzer + "." + kind;
                return context =>
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var paused = GC.GetTotalPauseDuration();
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        action(context);
                    }
                    finally
                    {
                        var ticks = Stopwatch.GetTimestamp() - started;
                        _log.Record(callback, treeOf(context), ticks, GC.GetAllocatedBytesForCurrentThread() - bytes, (GC.GetTotalPauseDuration() - paused).Ticks);
                    }
                };
            }
        }

        private sealed class InstrumentedAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext _inner;
            private readonly Recorder _r;

            public InstrumentedAnalysisContext(AnalysisContext inner, Recorder recorder)
            {
                _inner = inner;
                _r = recorder;
            }

            public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _inner.RegisterCompilationStartAction(_r.Wrap<CompilationStartAnalysisContext>("CompilationStart", _ => null, c => action(new InstrumentedCompilationStartContext(c, _r))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
                _inner.RegisterCompilationAction(_r.Wrap("Compilation", _ => null, action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                _inner.RegisterSemanticModelAction(_r.Wrap("SemanticModel", c => c.SemanticModel.SyntaxTree, action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(_r.Wrap("Symbol", c => TreeOf(c.Symbol), action), symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _inner.RegisterSymbolStartAction(_r.Wrap("SymbolStart", c => TreeOf(c.Symbol), action), symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
                _inner.RegisterCodeBlockStartAction(_r.Wrap("CodeBlockStart", c => c.CodeBlock.SyntaxTree, action));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                _inner.RegisterCodeBlockAction(_r.Wrap("CodeBlock", c => c.CodeBlock.SyntaxTree, action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                _inner.RegisterSyntaxTreeAction(_r.Wrap("SyntaxTree", c => c.Tree, action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(_r.Wrap<AdditionalFileAnalysisContext>("AdditionalFile", _ => null, action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _inner.RegisterSyntaxNodeAction(_r.Wrap("SyntaxNode", c => c.Node.SyntaxTree, action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(_r.Wrap("Operation", c => c.Operation.Syntax.SyntaxTree, action), operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
                _inner.RegisterOperationBlockStartAction(_r.Wrap("OperationBlockStart", c => TreeOf(c.OperationBlocks), action));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                _inner.RegisterOperationBlockAction(_r.Wrap("OperationBlock", c => TreeOf(c.OperationBlocks), action));
        }

        private sealed class InstrumentedCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _inner;
            private readonly Recorder _r;

            public InstrumentedCompilationStartContext(CompilationStartAnalysisContext inner, Recorder recorder)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                _inner = inner;
                _r = recorder;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
                _inner.RegisterCompilationEndAction(_r.Wrap("CompilationEnd", _ => null, action));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                _inner.RegisterSemanticModelAction(_r.Wrap("SemanticModel", c => c.SemanticModel.SyntaxTree, action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                _inner.RegisterSymbolAction(_r.Wrap("Symbol", c => TreeOf(c.Symbol), action), symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                _inner.RegisterSymbolStartAction(_r.Wrap("SymbolStart", c => TreeOf(c.Symbol), action), symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
                _inner.RegisterCodeBlockStartAction(_r.Wrap("CodeBlockStart", c => c.CodeBlock.SyntaxTree, action));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                _inner.RegisterCodeBlockAction(_r.Wrap("CodeBlock", c => c.CodeBlock.SyntaxTree, action));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                _inner.RegisterSyntaxTreeAction(_r.Wrap("SyntaxTree", c => c.Tree, action));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                _inner.RegisterAdditionalFileAction(_r.Wrap<AdditionalFileAnalysisContext>("AdditionalFile", _ => null, action));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                _inner.RegisterSyntaxNodeAction(_r.Wrap("SyntaxNode", c => c.Node.SyntaxTree, action), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                _inner.RegisterOperationAction(_r.Wrap("Operation", c => c.Operation.Syntax.SyntaxTree, action), operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
                _inner.RegisterOperationBlockStartAction(_r.Wrap("OperationBlockStart", c => TreeOf(c.OperationBlocks), action));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                _inner.RegisterOperationBlockAction(_r.Wrap("OperationBlock", c => TreeOf(c.OperationBlocks), action));
        }
    }
}
