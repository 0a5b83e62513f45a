using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Rules
{
    /// <summary>COOL000: an option value that cannot be used is reported once per key and value.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationValidationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var reported = new ConcurrentDictionary<(string Key, string Value), bool>();
                start.RegisterSyntaxTreeAction(treeContext =>
                {
                    var options = CoolsetOptions.For(treeContext.Options, treeContext.Tree);
                    if (!CoolsetOptions.SetsAny(options))
                    {
                        return; // nearly every tree: nothing to validate
                    }

                    var problems = new List<OptionProblem>();
                    CoolsetOptions.Validate(options, problems);
                    foreach (var problem in problems)
                    {
                        if (reported.TryAdd((problem.Key, problem.Value), true))
                        {
                            treeContext.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.InvalidConfiguration, Location.None, problem.Key, Redaction.RedactAll(problem.Value), Redaction.RedactAll(problem.Reason)));
                        }
                    }
                });
            });
        }
    }
}
