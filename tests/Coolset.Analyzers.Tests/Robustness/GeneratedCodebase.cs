using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Tests.Verifiers;
using Coolset.Analyzers.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Coolset.Analyzers.Tests.Robustness
{
    /// <summary>A large codebase from the benchmark's generator, parsed once and shared by the tests of its collection.</summary>
    public sealed class GeneratedCodebase
    {
        public const int FileCount = 400;

        private readonly Lazy<Task<ImmutableArray<MetadataReference>>> _references =
            new Lazy<Task<ImmutableArray<MetadataReference>>>(() => TestReferences.Http.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

        public GeneratedCodebase()
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            Trees = new CodeGenerator(seed: 7, CodebaseFlavor.WithCoolsetClients, findingEvery: 10)
                .Generate(FileCount)
                .Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path))
                .ToImmutableArray();
        }

        /// <summary>The global usings file first, then the generated files in order (later files use earlier ones' types).</summary>
        public ImmutableArray<SyntaxTree> Trees { get; }

        /// <summary>A fresh compilation (nothing bound yet) of the first <paramref name="treeCount"/> trees (those <paramref name="include"/> accepts).</summary>
        public async Task<Compilation> CompileAsync(int treeCount = int.MaxValue, IEnumerable<SyntaxTree>? extraTrees = null, Func<SyntaxTree, bool>? include = null) =>
            CSharpCompilation.Create(
                "Generated",
                Trees.Take(treeCount).Where(include ?? (_ => true)).Concat(extraTrees ?? Array.Empty<SyntaxTree>()),
                await _references.Value.ConfigureAwait(false),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static CompilationWithAnalyzersOptions AnalyzerOptions(Action<Exception, DiagnosticAnalyzer, Diagnostic>? onException = null, bool concurrent = true) =>
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onException ?? ((exception, analyzer, _) => throw new InvalidOperationException($"{analyzer.GetType().Name} threw", exception)),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
    }

    [CollectionDefinition(Name)]
    public sealed class GeneratedCodebaseCollection : ICollectionFixture<GeneratedCodebase>
    {
        public const string Name = "Generated codebase";
    }
}
