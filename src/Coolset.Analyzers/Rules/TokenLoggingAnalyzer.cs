using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>COOL003: a token value passed to a log sink. Reported on the argument (or params element) that carries it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TokenLoggingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.TokenWrittenToLog);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var sinks = LogSinks.Create(start.Compilation, start.Options, start.CancellationToken);
                if (sinks == null)
                {
                    return;
                }

                var state = new CompilationState(sinks, TokenValueAnalysis.For(start.Compilation, start.Options));
                // Sinks are found by name in each file's text (InvocationSites), not with a callback per call.
                start.RegisterOperationBlockAction(state.AnalyzeCalls);
            });
        }

        private sealed class CompilationState
        {
            private readonly LogSinks _sinks;
            private readonly TokenValueAnalysis _tokens;
            private readonly NameStartsByTree _sinkNames;

            public CompilationState(LogSinks sinks, TokenValueAnalysis tokens)
            {
                _sinks = sinks;
                _tokens = tokens;
                _sinkNames = new NameStartsByTree(AddSinkNameStarts);
            }

            public void AnalyzeCalls(OperationBlockAnalysisContext context)
            {
                var blocks = context.OperationBlocks;
                var starts = blocks.IsEmpty ? Array.Empty<int>() : _sinkNames.For(blocks[0].Syntax.SyntaxTree);
                if (starts.Length == 0)
                {
                    return;
                }

                var calls = new List<IInvocationOperation>();
                foreach (var block in blocks)
                {
                    InvocationSites.FindWithin(block, starts, calls, context.CancellationToken);
                }

                foreach (var invocation in calls)
                {
                    Analyze(invocation, context.ReportDiagnostic, context.CancellationToken);
                }
            }

            /// <summary>Where the sink names (and the tree's configured sinks) stand in a file's text.</summary>
            private void AddSinkNameStarts(SyntaxTree tree, string text, List<int> starts)
            {
                var names = _sinks.Names;
                foreach (var anchor in names.Anchors)
                {
                    InvocationSites.AddNameStarts(text, anchor, names.IsNameAt, starts);
                }

                foreach (var name in _sinks.ConfiguredFor(tree).MethodNames)
                {
                    InvocationSites.AddNameStarts(text, name, (t, start, length) => InvocationSites.IsAt(t, start, length, name), starts);
                }

                // A configured name can also be a family name: each place once.
                starts.Sort();
                var distinct = 0;
                for (var i = 0; i < starts.Count; i++)
                {
                    if (i == 0 || starts[i] != starts[i - 1])
                    {
                        starts[distinct++] = starts[i];
                    }
                }

                starts.RemoveRange(distinct, starts.Count - distinct);
            }

            private void Analyze(IInvocationOperation invocation, Action<Diagnostic> report, CancellationToken cancellationToken)
            {
                if (!_sinks.TryGetSink(invocation, cancellationToken, out var sinkName))
                {
                    return;
                }

                var method = invocation.TargetMethod;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter == null || (method.IsExtensionMethod && argument.Parameter.Ordinal == 0))
                    {
                        continue; // the logger an extension method is called on
                    }

                    if (argument.Parameter.IsParams && argument.Value.WithoutConversions() is IArrayCreationOperation { Initializer: { } elements })
                    {
                        foreach (var element in elements.ElementValues)
                        {
                            Check(report, cancellationToken, invocation, element, sinkName);
                        }
                    }
                    else
                    {
                        Check(report, cancellationToken, invocation, argument.Value, sinkName);
                    }
                }
            }

            private void Check(Action<Diagnostic> report, CancellationToken cancellationToken, IInvocationOperation invocation, IOperation value, string sinkName)
            {
                if (value.Kind == OperationKind.Invalid)
                {
                    return;
                }

                var evidence = _tokens.Explain(value, cancellationToken);
                if (evidence.IsToken)
                {
                    // What the fix removes travels with the diagnostic, so the light bulb does not analyze the call again.
                    var removal = LoggedTokenRemoval.Plan(invocation, value, _tokens, cancellationToken);
                    report(Diagnostic.Create(Descriptors.TokenWrittenToLog, value.Syntax.GetLocation(), removal, evidence.Describe(), sinkName));
                }
            }
        }
    }
}
