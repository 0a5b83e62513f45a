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
                start.RegisterSemanticModelAction(state.AnalyzeCalls);
            });
        }

        private sealed class CompilationState
        {
            private readonly LogSinks _sinks;
            private readonly TokenValueAnalysis _tokens;

            public CompilationState(LogSinks sinks, TokenValueAnalysis tokens)
            {
                _sinks = sinks;
                _tokens = tokens;
            }

            public void AnalyzeCalls(SemanticModelAnalysisContext context)
            {
                var model = context.SemanticModel;
                var cancellationToken = context.CancellationToken;
                var text = FileText.Of(model.SyntaxTree, cancellationToken);
                List<IInvocationOperation>? calls = null;
                var names = _sinks.Names;
                for (var i = 0; i < names.Anchors.Count; i++) // not foreach: an interface's enumerator is an allocation per file
                {
                    InvocationSites.Find(model, text, names.Anchors[i], names.IsNameAt, ref calls, cancellationToken);
                }

                var configured = _sinks.ConfiguredFor(model.SyntaxTree);
                foreach (var name in configured.MethodNames)
                {
                    InvocationSites.Find(model, text, name, (t, start, length) => InvocationSites.IsAt(t, start, length, name), ref calls, cancellationToken);
                }

                if (calls == null)
                {
                    return; // most files: no call has a sink's name
                }

                Action<Diagnostic> report = context.ReportDiagnostic;
                var seen = calls.Count > 1 ? new HashSet<SyntaxNode>() : null; // a configured name may repeat a family's
                foreach (var invocation in calls)
                {
                    if (seen == null || seen.Add(invocation.Syntax))
                    {
                        Analyze(invocation, report, cancellationToken);
                    }
                }
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
