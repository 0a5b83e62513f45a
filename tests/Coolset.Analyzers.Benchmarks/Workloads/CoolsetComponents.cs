using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>Every analyzer and code fix provider the package ships, found by reflection so new rules are covered as they land.</summary>
    public static class CoolsetComponents
    {
        public const string AnalyzerAssemblyName = "Coolset.Analyzers";
        public const string CodeFixAssemblyName = "Coolset.Analyzers.CodeFixes";

        public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
            Instantiate<DiagnosticAnalyzer>(AnalyzerAssemblyName, t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null);

        public static ImmutableArray<CodeFixProvider> CreateCodeFixProviders() =>
            Instantiate<CodeFixProvider>(CodeFixAssemblyName, t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null);

        private static ImmutableArray<T> Instantiate<T>(string assemblyName, Func<Type, bool> isExported)
            where T : class
        {
            var assembly = Assembly.Load(new AssemblyName(assemblyName));
            return assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && isExported(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }
    }
}
